package org.communityjourneys.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.notifications.domain.OutgoingMail;
import org.communityjourneys.notifications.service.Mailroom;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.ui.Translations;

/**
 * The mail the product sent or tried to send, newest first. Without an SMTP host this is the dev
 * mailbox: the mail stops here instead of leaving the machine. Select a row to read the mail.
 * Administrators only: it shows everyone's mail (see {@link Mailroom#latest}). The page speaks the
 * reader's language; the mails and the SMTP server's failures are shown as they are.
 */
@Route("mailbox")
@Menu(title = "Mailbox", order = 92, icon = "vaadin:envelopes")
@RolesAllowed(Role.Names.ADMIN)
public class MailboxView extends Main implements HasDynamicTitle {

    private static final int SHOWN = 500;

    final Grid<OutgoingMail> mails = new Grid<>(OutgoingMail.class, false);

    public MailboxView(Mailroom mailroom) {
        addClassName("page");
        setSizeFull();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Translations.current())
                .withZone(UkTime.ZONE);
        Paragraph how = new Paragraph(getTranslation(mailroom.usesSmtp() ? "mailbox.smtp" : "mailbox.dev"));
        how.setId("mailbox-mode");
        mails.setId("mailbox-grid");
        mails.setAriaLabel(getTranslation("mailbox.grid"));
        mails.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        mails.addColumn(mail -> when.format(mail.getCreatedAt())).setHeader(getTranslation("mailbox.column.when"))
                .setAutoWidth(true);
        mails.addColumn(OutgoingMail::getToAddress).setHeader(getTranslation("mailbox.column.to")).setAutoWidth(true);
        mails.addColumn(OutgoingMail::getSubject).setHeader(getTranslation("mailbox.column.subject")).setFlexGrow(2);
        mails.addColumn(this::status).setHeader(getTranslation("mailbox.column.status")).setFlexGrow(1);
        mails.setItemDetailsRenderer(new ComponentRenderer<>(mail -> {
            Pre body = new Pre(mail.getBody());
            body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            return body;
        }));
        mails.setItems(mailroom.latest(SHOWN));
        add(new H1(getTranslation("mailbox.title")), how, mails);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("mailbox.title"));
    }

    /** "Sent", or "Failed: " and what the SMTP server said. */
    private String status(OutgoingMail mail) {
        String delivery = Translations.label("mailbox.delivery", mail.getDelivery(), mail.getDelivery().label());
        return mail.getFailure() == null ? delivery : getTranslation("mailbox.statusWithFailure", delivery, mail.getFailure());
    }
}
