package org.communityjourneys.notifications.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.communityjourneys.notifications.domain.Notification;
import org.communityjourneys.notifications.service.EmailChoice;
import org.communityjourneys.notifications.service.Notifications;

/** The signed-in person's notifications, newest first, and whether they also want them by email. */
@Route("notifications")
@PageTitle("My notifications | Community Journeys")
@Menu(title = "My notifications", order = 12, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    final Div list = new Div();
    final Paragraph unread = new Paragraph();
    final Button markAllRead = new Button("Mark all as read");
    final Checkbox emailOptIn = new Checkbox("Also send my notifications by email");
    final EmailField emailAddress = new EmailField("Email address");
    final Button saveEmail = new Button("Save email choice");
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
        emailAddress.setHelperText("Leave empty to use the email address you log in with.");
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

        Section email = new Section(new H2("Email"),
                new Paragraph("Notifications always appear on this page. If you like, we also email them to you. "
                        + "This is off unless you switch it on, and you can switch it off at any time."),
                emailOptIn, emailAddress, saveEmail, emailStatus);
        email.setId("email-choice");
        HorizontalLayout head = new HorizontalLayout(unread, markAllRead);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(new H1("My notifications"), head, list, email);
        refresh();
    }

    private void refresh() {
        List<Notification> mine = notifications.mine();
        long count = mine.stream().filter(n -> !n.isRead()).count();
        unread.setText(mine.isEmpty() ? "You have no notifications yet."
                : count == 0 ? "All read." : count == 1 ? "1 unread notification." : count + " unread notifications.");
        markAllRead.setVisible(count > 0);
        list.removeAll();
        mine.forEach(notification -> list.add(card(notification)));
    }

    private Div card(Notification notification) {
        Div card = new Div();
        card.setId("notification-" + notification.getId());
        card.addClassName("notification");
        card.addClassName(notification.isRead() ? "notification-read" : "notification-unread");
        card.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        H3 subject = new H3(notification.getSubject());
        subject.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        Span when = new Span(WHEN.format(notification.getCreatedAt()) + (notification.isRead() ? "" : " \u00b7 unread"));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        card.add(subject, when, new Paragraph(notification.getBody()));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (notification.getLink() != null) {
            Anchor open = new Anchor(notification.getLink(), new Text("Open the page"));
            open.getElement().setAttribute("aria-label", "Open the page: " + notification.getSubject());
            actions.add(open);
        }
        if (!notification.isRead()) {
            Button read = new Button("Mark as read", event -> {
                notifications.markRead(notification.getId());
                refresh();
            });
            read.setId("mark-read-" + notification.getId());
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            read.getElement().setAttribute("aria-label", "Mark as read: " + notification.getSubject());
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
            emailAddress.setErrorMessage(problem.getMessage());
            emailAddress.setInvalid(true);
            emailStatus.setText(problem.getMessage());
        }
    }

    private void showWhereMailGoes(EmailChoice choice) {
        if (!choice.optIn()) {
            emailStatus.setText("Email is off: you see your notifications on this page only.");
        } else {
            emailStatus.setText("Email is on: we send your notifications to " + choice.sendTo() + ".");
        }
    }
}
