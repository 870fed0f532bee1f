package org.communityjourneys.notifications.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.notifications.domain.OutgoingMail;
import org.communityjourneys.notifications.domain.OutgoingMailRepository;
import org.communityjourneys.shared.service.RepeatingWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail the {@link Mailroom} recorded, from every node at once without sending any mail
 * twice: each mail is taken in its own transaction with {@code FOR UPDATE SKIP LOCKED}, so a mail
 * another node is sending is passed over, and it is marked sent in the same transaction. When
 * SMTP fails the mail waits {@code first-retry} doubled per attempt (at most {@code longest-wait})
 * and is given up after {@code attempts}. A node killed while sending leaves the mail pending, and
 * another node sends it again with the same Message-ID.
 */
@Component
class MailOutbox extends RepeatingWork {

    /** How many mails one round sends at most, so one node does not hold the worker for long. */
    private static final int ROUND = 50;

    private final OutgoingMailRepository mails;
    private final Mailroom mailroom;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration firstRetry;
    private final Duration longestWait;
    private final int attempts;
    private final Clock clock = Clock.systemUTC();

    MailOutbox(OutgoingMailRepository mails, Mailroom mailroom, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${communityjourneys.mail.outbox.poll:2s}") Duration poll,
            @Value("${communityjourneys.mail.outbox.first-retry:30s}") Duration firstRetry,
            @Value("${communityjourneys.mail.outbox.longest-wait:1h}") Duration longestWait,
            @Value("${communityjourneys.mail.outbox.attempts:10}") int attempts) {
        super("mail-outbox", poll);
        this.mails = mails;
        this.mailroom = mailroom;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.firstRetry = firstRetry;
        this.longestWait = longestWait;
        this.attempts = attempts;
    }

    @Override
    protected void round() {
        deliverDue();
    }

    /** Sends the mails that are due now, one transaction each; returns how many were tried. */
    int deliverDue() {
        int tried = 0;
        while (tried < ROUND && Boolean.TRUE.equals(transaction.execute(status -> deliverOne()))) {
            tried++;
        }
        return tried;
    }

    private boolean deliverOne() {
        List<UUID> due = jdbc.queryForList("""
                select id from outgoing_mail where delivery = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at limit 1 for update skip locked""", UUID.class,
                java.sql.Timestamp.from(clock.instant()));
        if (due.isEmpty()) {
            return false;
        }
        OutgoingMail mail = mails.findById(due.get(0)).orElseThrow();
        mailroom.deliver(mail, waitAfter(mail.getAttempts() + 1), mail.getAttempts() + 1 >= attempts);
        return true;
    }

    /** The wait after the n-th failed attempt: the first retry doubled n - 1 times, at most the longest wait. */
    Duration waitAfter(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
