package org.communityjourneys.notifications.service;

import java.time.Clock;
import java.util.List;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.identity.service.ResidentDirectory.Contact;
import org.communityjourneys.notifications.domain.Notice;
import org.communityjourneys.notifications.domain.OutgoingMail;
import org.communityjourneys.notifications.domain.OutgoingMailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail through SMTP when {@code spring.mail.host} is configured; otherwise keeps it in the
 * dev mailbox (the {@code outgoing_mail} table) and writes it to the log. Every mail is recorded
 * with what became of it; a failure is recorded, never thrown.
 */
@Service
@Transactional
public class Mailroom {

    private static final Logger log = LoggerFactory.getLogger(Mailroom.class);

    private final OutgoingMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final CurrentUser currentUser;
    private final String publicUrl;
    private final String from;
    private final Clock clock = Clock.systemUTC();

    Mailroom(OutgoingMailRepository mails, ObjectProvider<JavaMailSender> smtp, CurrentUser currentUser,
            @Value("${communityjourneys.public-url:http://localhost:8080}") String publicUrl,
            @Value("${communityjourneys.mail.from:no-reply@communityjourneys.local}") String from) {
        this.mails = mails;
        this.smtp = smtp;
        this.currentUser = currentUser;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
    }

    /** True when mail goes out through an SMTP server; false when it stays in the dev mailbox. */
    public boolean usesSmtp() {
        return smtp.getIfAvailable() != null;
    }

    /**
     * The latest mails, newest first, for administrators only: the mailbox holds every person's
     * mail (addresses, names, what their ideas and grants came to), which a facilitator has no need
     * to read; each person reads their own notifications on their notifications page.
     */
    @Transactional(readOnly = true)
    public List<OutgoingMail> latest(int count) {
        currentUser.requireAnyOf(Role.ADMIN);
        return mails.findByOrderByCreatedAtDesc(PageRequest.of(0, count));
    }

    /** The absolute address of a page of the product, e.g. {@code /tasks/42}. */
    public String absolute(String path) {
        if (path == null || path.isBlank()) {
            return publicUrl + "/";
        }
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** Records the mail and sends it (or keeps it in the dev mailbox); returns the record. */
    OutgoingMail post(Contact person, String address, Notice notice) {
        OutgoingMail mail = mails.save(new OutgoingMail(person.username(), address, notice.subject(),
                text(person, notice), clock.instant()));
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            mail.keptInDevMailbox(clock.instant());
            log.info("Dev mailbox (no SMTP host configured): mail to {}, subject \"{}\"\n{}", address,
                    mail.getSubject(), mail.getBody());
            return mail;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(mail.getSubject());
            message.setText(mail.getBody());
            sender.send(message);
            mail.sent(clock.instant());
        } catch (MailException | IllegalStateException | IllegalArgumentException e) {
            log.warn("Could not send mail {} to {}: {}", mail.getId(), address, e.getMessage());
            mail.failed(e.getMessage());
        }
        return mail;
    }

    private String text(Contact person, Notice notice) {
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(person.displayName()).append(",\n\n");
        if (!notice.body().isBlank()) {
            text.append(notice.body()).append("\n\n");
        }
        if (notice.link() != null) {
            text.append("See more: ").append(absolute(notice.link())).append("\n\n");
        }
        text.append("You get this email because you asked Community Journeys to email your notifications.\n")
                .append("To stop, untick the box on ").append(absolute("/notifications")).append("\n");
        return text.toString();
    }
}
