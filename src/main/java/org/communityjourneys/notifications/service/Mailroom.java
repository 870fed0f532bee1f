package org.communityjourneys.notifications.service;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail through SMTP when {@code spring.mail.host} is configured; otherwise kept in the dev mailbox
 * (the {@code outgoing_mail} table) and written to the log. Posting only records the mail, in the
 * caller's transaction (an outbox): {@link MailOutbox} sends it after commit, on whichever node
 * locks it first, with the same Message-ID on every attempt, and tries again with back-off when
 * SMTP fails. A failure is recorded, never thrown.
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

    /**
     * Records the mail to be sent after commit (or keeps it in the dev mailbox at once); returns the
     * record. With a {@code cause}, a second post for the same recipient and cause records nothing
     * and returns empty.
     */
    Optional<OutgoingMail> post(Contact person, String address, Notice notice, String cause) {
        if (cause != null && mails.existsByRecipientAndCause(person.username(), cause)) {
            return Optional.empty();
        }
        OutgoingMail mail = mails.save(new OutgoingMail(person.username(), address, notice.subject(),
                text(person, notice), clock.instant(), cause));
        if (!usesSmtp()) {
            mail.keptInDevMailbox(clock.instant());
            log.info("Dev mailbox (no SMTP host configured): mail to {}, subject \"{}\"\n{}", address,
                    mail.getSubject(), mail.getBody());
        }
        return Optional.of(mail);
    }

    /**
     * Hands one pending mail to the SMTP server: sent, or tried again after {@code retryAfter}, or
     * failed for good when this was the last attempt. The caller holds the mail's row lock.
     */
    void deliver(OutgoingMail mail, java.time.Duration retryAfter, boolean lastAttempt) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            mail.keptInDevMailbox(clock.instant());
            return;
        }
        try {
            MimeMessage message = sender instanceof JavaMailSenderImpl impl
                    ? new WithItsOwnId(impl.getSession(), mail.messageId(domain()))
                    : sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.getToAddress());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody());
            sender.send(message);
            mail.sent(clock.instant());
        } catch (MailException | MessagingException | IllegalStateException | IllegalArgumentException e) {
            if (lastAttempt) {
                log.warn("Gave up on mail {} to {} after {} attempts: {}", mail.getId(), mail.getToAddress(),
                        mail.getAttempts() + 1, e.getMessage());
                mail.failed(e.getMessage());
            } else {
                log.info("Could not send mail {} to {} (attempt {}), trying again in {}: {}", mail.getId(),
                        mail.getToAddress(), mail.getAttempts() + 1, retryAfter, e.getMessage());
                mail.retryAt(clock.instant().plus(retryAfter), e.getMessage());
            }
        }
    }

    private String domain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "communityjourneys.local" : from.substring(at + 1);
    }

    /** A message whose Message-ID is the outbox's, so every attempt at the same mail carries the same id. */
    private static final class WithItsOwnId extends MimeMessage {

        private final String messageId;

        WithItsOwnId(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
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
