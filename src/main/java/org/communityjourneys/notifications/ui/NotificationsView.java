package org.communityjourneys.notifications.ui;

import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.communityjourneys.notifications.domain.Notification;
import org.communityjourneys.notifications.service.EmailChoice;
import org.communityjourneys.notifications.service.Notifications;

/** The signed-in person's notifications, newest first, and whether they also want them by email. */
@Route("notifications")
@Menu(title = "My notifications", order = 12, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    final Div list = new Div();
    final Paragraph unread = new Paragraph();
    final Button markAllRead = new Button(getTranslation("notifications.markAllRead"));
    final Checkbox emailOptIn = new Checkbox(getTranslation("notifications.emailOptIn"));
    final EmailField emailAddress = new EmailField(getTranslation("notifications.emailAddress"));
    final Button saveEmail = new Button(getTranslation("notifications.saveEmail"));
    final Div emailStatus = new Div();

    private final Notifications notifications;

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("page");
        list.setId("notification-list");
        unread.setId("unread-count");
        unread.getElement().setAttribute("role", "status");
        markAllRead.setId("mark-all-read");
        markAllRead.addClickListener(event -> {
            notifications.markAllRead();
            refresh();
        });

        emailOptIn.setId("email-opt-in");
        emailAddress.setId("email-address");
        emailAddress.setHelperText(getTranslation("notifications.emailHelper"));
        emailAddress.setClearButtonVisible(true);
        emailAddress.setWidthFull();
        emailAddress.setMaxWidth("30em");
        saveEmail.setId("save-email");
        saveEmail.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveEmail.addClickListener(event -> saveEmailChoice());
        emailStatus.setId("email-status");
        emailStatus.getElement().setAttribute("role", "status");
        EmailChoice choice = notifications.myEmailChoice();
        emailOptIn.setValue(choice.optIn());
        emailAddress.setValue(choice.givenAddress());
        showWhereMailGoes(choice);

        Section email = new Section(new H2(getTranslation("notifications.email")),
                new Paragraph(getTranslation("notifications.emailIntro")),
                emailOptIn, emailAddress, saveEmail, emailStatus);
        email.setId("email-choice");
        HorizontalLayout head = new HorizontalLayout(unread, markAllRead);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(new H1(getTranslation("notifications.heading")), head, list, email);
        refresh();
    }

    private void refresh() {
        List<Notification> mine = notifications.mine();
        long count = mine.stream().filter(n -> !n.isRead()).count();
        unread.setText(mine.isEmpty() ? getTranslation("notifications.none")
                : count == 0 ? getTranslation("notifications.allRead") : count == 1 ? getTranslation("notifications.unreadOne")
                : getTranslation("notifications.unreadMany", String.valueOf(count)));
        markAllRead.setVisible(count > 0);
        list.removeAll();
        mine.forEach(notification -> list.add(card(notification)));
    }

    /** When it came, in the county's time and the UI's language ("2 Dec 2026, 17:00", "2 Rhag 2026, 17:00"). */
    private static String when(Notification notification) {
        return Moments.moment(notification.getCreatedAt());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("notifications.heading"));
    }

    private Div card(Notification notification) {
        Div card = new Div();
        card.setId("notification-" + notification.getId());
        card.addClassName("notification");
        card.addClassName(notification.isRead() ? "notification-read" : "notification-unread");
        card.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        String subjectText = notification.subjectIn(getLocale());
        H3 subject = new H3(subjectText);
        subject.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Span when = new Span(when(notification) + (notification.isRead() ? "" : " " + getTranslation("notifications.unreadMark")));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        card.add(subject, when, new Paragraph(notification.bodyIn(getLocale())));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (notification.getLink() != null) {
            Anchor open = new Anchor(notification.getLink(), new Text(getTranslation("notifications.open")));
            open.getElement().setAttribute("aria-label", getTranslation("notifications.openLabel", subjectText));
            actions.add(open);
        }
        if (!notification.isRead()) {
            Button read = new Button(getTranslation("notifications.markRead"), event -> {
                notifications.markRead(notification.getId());
                refresh();
            });
            read.setId("mark-read-" + notification.getId());
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            read.getElement().setAttribute("aria-label", getTranslation("notifications.markReadLabel", subjectText));
            actions.add(read);
        }
        card.add(actions);
        return card;
    }

    private void saveEmailChoice() {
        try {
            EmailChoice choice = notifications.chooseEmail(emailOptIn.getValue(), emailAddress.getValue());
            emailAddress.setInvalid(false);
            showWhereMailGoes(choice);
        } catch (IllegalArgumentException problem) {
            emailAddress.setErrorMessage(Translations.explain(problem));
            emailAddress.setInvalid(true);
            emailStatus.setText(Translations.explain(problem));
        }
    }

    private void showWhereMailGoes(EmailChoice choice) {
        if (!choice.optIn()) {
            emailStatus.setText(getTranslation("notifications.emailOff"));
        } else {
            emailStatus.setText(getTranslation("notifications.emailOn", choice.sendTo()));
        }
    }
}
