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
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.communityjourneys.notifications.service.Notifications;

/**
 * The frame of every screen. The menu is built from the {@code @Menu} annotations of the views
 * the current user may open, so each role sees only its own screens.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, Notifications notifications) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Span title = new Span("Community Journeys");
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(skipToContent(), toggle, title);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setPadding(false);
        bar.expand(title);
        authentication.getPrincipalName().ifPresentOrElse(name -> {
            Span who = new Span(name);
            who.addClassName("app-user");
            who.getElement().setAttribute("title", name);
            Button logout = new Button("Log out", event -> authentication.logout());
            logout.setId("log-out");
            logout.addClassName("app-logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(bell(notifications), who, logout);
        }, () -> {
            Button login = new Button("Log in", event -> getUI().ifPresent(ui -> ui.navigate("login")));
            login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(login);
        });
        addToNavbar(bar);

        Header brand = new Header(new Span("Community Journeys"));
        brand.addClassName("drawer-brand");
        Footer attribution = new Footer(new Span("Ward data: ONS, Open Government Licence v3.0"));
        attribution.addClassName("drawer-footer");
        VerticalLayout drawer = new VerticalLayout(brand, menu(), attribution);
        drawer.setPadding(true);
        drawer.expand(drawer.getComponentAt(1));
        addToDrawer(drawer);
    }

    /**
     * The first thing the Tab key reaches: moves keyboard focus past the header and menu to the
     * page itself (WCAG 2.4.1). Hidden until it has keyboard focus.
     */
    private Button skipToContent() {
        Button skip = new Button("Skip to main content", event -> getElement().executeJs(
                "const page = this.querySelector(':scope > :not([slot])');"
                        + "if (page) { page.setAttribute('tabindex', '-1'); page.focus(); }"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        return skip;
    }

    /** A link to My notifications with the number of unread ones. */
    private static Anchor bell(Notifications notifications) {
        long unread = notifications.unreadCount();
        Anchor bell = new Anchor("notifications", new Icon(VaadinIcon.BELL), new Span(unread == 0 ? "" : " " + unread));
        bell.setId("notification-bell");
        bell.getElement().setAttribute("aria-label", unread == 0 ? "My notifications" : "My notifications, " + unread + " unread");
        return bell;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() != null
                    ? new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))
                    : new SideNavItem(entry.title(), entry.path());
            nav.addItem(item);
        }
        return nav;
    }
}
