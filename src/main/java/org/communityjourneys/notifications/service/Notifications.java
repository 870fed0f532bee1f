package org.communityjourneys.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.identity.service.ResidentDirectory;
import org.communityjourneys.identity.service.ResidentDirectory.Contact;
import org.communityjourneys.notifications.domain.EmailPreference;
import org.communityjourneys.notifications.domain.EmailPreferenceRepository;
import org.communityjourneys.notifications.domain.Notice;
import org.communityjourneys.notifications.domain.Notification;
import org.communityjourneys.notifications.domain.NotificationRepository;
import org.communityjourneys.shared.domain.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notifications and their email choice. Telling people something stores one
 * notification each and, for those who opted in to email, hands a mail to the {@link Mailroom}.
 */
@Service
@Transactional
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final NotificationRepository notifications;
    private final EmailPreferenceRepository preferences;
    private final ResidentDirectory directory;
    private final Mailroom mailroom;
    private final CurrentUser currentUser;
    private final Clock clock = Clock.systemUTC();

    Notifications(NotificationRepository notifications, EmailPreferenceRepository preferences,
            ResidentDirectory directory, Mailroom mailroom, CurrentUser currentUser) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.directory = directory;
        this.mailroom = mailroom;
        this.currentUser = currentUser;
    }

    /** The signed-in person's notifications, newest first (at most 200). */
    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return notifications.findTop200ByRecipientOrderByCreatedAtDesc(currentUser.require());
    }

    /** How many of the signed-in person's notifications are unread; 0 for a visitor. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.username().map(notifications::countByRecipientAndReadAtIsNull).orElse(0L);
    }

    /** Marks one of the signed-in person's notifications as read. */
    public void markRead(UUID notificationId) {
        String me = currentUser.require();
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getRecipient().equals(me))
                .orElseThrow(() -> Refused.input("identity.notifications.noSuchNotification"));
        notification.markRead(clock.instant());
    }

    /** Marks all of the signed-in person's notifications as read; returns how many were unread. */
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require(), clock.instant());
    }

    /** The signed-in person's email choice; off until they opt in. */
    @Transactional(readOnly = true)
    public EmailChoice myEmailChoice() {
        String me = currentUser.require();
        Optional<EmailPreference> preference = preferences.findById(me);
        String given = preference.map(EmailPreference::getEmailAddress).orElse(null);
        return new EmailChoice(preference.map(EmailPreference::isEmailOptIn).orElse(false),
                given == null ? "" : given, sendTo(me, given).orElse(""));
    }

    /**
     * Stores the signed-in person's email choice. Throws {@link IllegalArgumentException} when the
     * address is not an email address, or when they opt in without any address to send to.
     */
    public EmailChoice chooseEmail(boolean optIn, String address) {
        String me = currentUser.require();
        String given = address == null || address.isBlank() ? null : address.trim().toLowerCase(Locale.ROOT);
        if (given != null && (!EMAIL.matcher(given).matches() || given.length() > 254)) {
            throw Refused.input("identity.email.malformed");
        }
        if (optIn && sendTo(me, given).isEmpty()) {
            throw Refused.input("identity.notifications.noAddress");
        }
        EmailPreference preference = preferences.findById(me).orElseGet(() -> new EmailPreference(me));
        preference.choose(optIn, given, clock.instant());
        preferences.save(preference);
        return myEmailChoice();
    }

    /**
     * Tells each person the notice in the app, and by email those who opted in. Called by the
     * notice rules after the change that caused it has committed. {@code cause} names the event: a
     * person already told about it (the rule ran again for the same event, on this node or another)
     * is not told twice, in the app or by mail.
     */
    void tell(Collection<Contact> people, Notice notice, String cause) {
        Instant now = clock.instant();
        for (Contact person : people.stream().distinct().toList()) {
            if (cause != null && notifications.existsByRecipientAndCause(person.username(), cause)) {
                continue;
            }
            notifications.save(new Notification(person.username(), notice, now, cause));
            Optional<EmailPreference> preference = preferences.findById(person.username());
            if (preference.isPresent() && preference.get().isEmailOptIn()) {
                sendTo(person.username(), preference.get().getEmailAddress())
                        .ifPresent(address -> mailroom.post(person, address, notice, cause));
            }
        }
    }

    private Optional<String> sendTo(String username, String given) {
        if (given != null) {
            return Optional.of(given);
        }
        return directory.find(username).flatMap(Contact::email);
    }
}
