package org.communityjourneys.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityjourneys.notifications.service.Notifications;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.shared.ui.Translations;

/**
 * The frame of every screen. The menu is built from the {@code @Menu} annotations of the views
 * the current user may open, so each role sees only its own screens ({@link MenusByRoles}).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, Notifications notifications, MenusByRoles menus) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(skipToContent(), toggle, title, languageChooser());
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setPadding(false);
        bar.expand(title);
        authentication.getPrincipalName().ifPresentOrElse(name -> {
            Span who = new Span(name);
            who.addClassName("app-user");
            who.getElement().setAttribute("title", name);
            Button logout = new Button(getTranslation("layout.logOut"), event -> authentication.logout());
            logout.setId("log-out");
            logout.addClassName("app-logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(bell(notifications), who, logout);
        }, () -> {
            Button login = new Button(getTranslation("layout.logIn"), event -> getUI().ifPresent(ui -> ui.navigate("login")));
            login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(login);
        });
        addToNavbar(bar);

        Header brand = new Header(new Span(getTranslation("app.name")));
        brand.addClassName("drawer-brand");
        Footer attribution = new Footer(new Span(getTranslation("layout.wardData")));
        attribution.addClassName("drawer-footer");
        VerticalLayout drawer = new VerticalLayout(brand);
        draftNote().ifPresent(drawer::add);
        SideNav menu = menu(menus.entries(getLocale()));
        drawer.add(menu, attribution);
        drawer.setPadding(true);
        drawer.expand(menu);
        addToDrawer(drawer);
    }

    /**
     * The first thing the Tab key reaches: moves keyboard focus past the header and menu to the
     * page itself (WCAG 2.4.1). Hidden until it has keyboard focus.
     */
    private Button skipToContent() {
        Button skip = new Button(getTranslation("layout.skipToContent"), event -> getElement().executeJs(
                "const page = this.querySelector(':scope > :not([slot])');"
                        + "if (page) { page.setAttribute('tabindex', '-1'); page.focus(); }"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        return skip;
    }

    /** A link to My notifications with the number of unread ones. */
    private Anchor bell(Notifications notifications) {
        long unread = notifications.unreadCount();
        Anchor bell = new Anchor("notifications", new Icon(VaadinIcon.BELL), new Span(unread == 0 ? "" : " " + unread));
        bell.setId("notification-bell");
        bell.getElement().setAttribute("aria-label", unread == 0 ? getTranslation("layout.notifications")
                : getTranslation("layout.notificationsUnread", String.valueOf(unread)));
        return bell;
    }

    private SideNav menu(List<MenuEntry> entries) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.mainMenu"));
        for (MenuEntry entry : entries) {
            String label = menuTitle(entry);
            SideNavItem item = entry.icon() != null
                    ? new SideNavItem(label, entry.path(), new Icon(entry.icon()))
                    : new SideNavItem(label, entry.path());
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * The menu title of a view in the UI's language: the bundle's {@code menu.<path>} (slashes as
     * dots, {@code menu.home} for the front page), or the view's own {@code @Menu} title when the
     * bundle has no such key.
     */
    private String menuTitle(MenuEntry entry) {
        String path = entry.path() == null ? "" : entry.path().replaceAll("^/+|/+$", "");
        String key = "menu." + (path.isEmpty() ? "home" : path.replace('/', '.'));
        return Translations.has(key) ? getTranslation(key) : entry.title();
    }

    /**
     * The switch to the other language: "Cymraeg" in English, "English" in Welsh, each marked with
     * its own {@code lang} so a screen reader says it in that language. The choice is remembered.
     */
    private Button languageChooser() {
        boolean welsh = Languages.WELSH.equals(Languages.supported(getLocale()));
        Locale other = welsh ? Languages.ENGLISH : Languages.WELSH;
        Button chooser = new Button(getTranslation(other, "language.name"),
                event -> getUI().ifPresent(ui -> Languages.choose(ui, other)));
        chooser.setId(welsh ? "language-en" : "language-cy");
        chooser.addClassName("app-language");
        chooser.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chooser.getElement().setAttribute("lang", other.toLanguageTag());
        chooser.getElement().setAttribute("aria-label", getTranslation(other, "language.switch"));
        return chooser;
    }

    /** In Welsh, a small note that the translation is a draft awaiting a translator's review. */
    private Optional<Span> draftNote() {
        if (!"draft".equals(getTranslation("bundle.status"))) {
            return Optional.empty();
        }
        Span note = new Span(getTranslation("bundle.draftNote"));
        note.setId("draft-translation");
        note.addClassName("draft-translation");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return Optional.of(note);
    }
}
