package org.communityjourneys.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.notifications.domain.OutgoingMail;
import org.communityjourneys.notifications.service.Mailroom;

/**
 * The mail the product sent or tried to send, newest first. Without an SMTP host this is the dev
 * mailbox: the mail stops here instead of leaving the machine. Select a row to read the mail.
 * Administrators only: it shows everyone's mail (see {@link Mailroom#latest}).
 */
@Route("mailbox")
@PageTitle("Mailbox | Community Journeys")
@Menu(title = "Mailbox", order = 92, icon = "vaadin:envelopes")
@RolesAllowed(Role.Names.ADMIN)
public class MailboxView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));
    private static final int SHOWN = 500;

    final Grid<OutgoingMail> mails = new Grid<>(OutgoingMail.class, false);

    public MailboxView(Mailroom mailroom) {
        addClassName("page");
        setSizeFull();
        Paragraph how = new Paragraph(mailroom.usesSmtp()
                ? "Mail goes out through the configured SMTP server. This is the record of what was sent and what failed."
                : "No SMTP host is configured, so this is the dev mailbox: mail is kept here (and written to the log) "
                        + "instead of being sent. Set SPRING_MAIL_HOST to send real mail.");
        how.setId("mailbox-mode");
        mails.setId("mailbox-grid");
        mails.setAriaLabel("Mails");
        mails.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        mails.addColumn(mail -> WHEN.format(mail.getCreatedAt())).setHeader("When").setAutoWidth(true);
        mails.addColumn(OutgoingMail::getToAddress).setHeader("To").setAutoWidth(true);
        mails.addColumn(OutgoingMail::getSubject).setHeader("Subject").setFlexGrow(2);
        mails.addColumn(mail -> mail.getDelivery().label()
                + (mail.getFailure() == null ? "" : ": " + mail.getFailure())).setHeader("Status").setFlexGrow(1);
        mails.setItemDetailsRenderer(new ComponentRenderer<>(mail -> {
            Pre body = new Pre(mail.getBody());
            body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            return body;
        }));
        mails.setItems(mailroom.latest(SHOWN));
        add(new H1("Mailbox"), how, mails);
    }
}
