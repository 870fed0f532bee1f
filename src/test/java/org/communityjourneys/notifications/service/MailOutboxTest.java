package org.communityjourneys.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaOutcomeDecided;
import org.communityjourneys.notifications.domain.EmailPreference;
import org.communityjourneys.notifications.domain.EmailPreferenceRepository;
import org.communityjourneys.notifications.domain.MailDelivery;
import org.communityjourneys.notifications.domain.OutgoingMail;
import org.communityjourneys.notifications.domain.OutgoingMailRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox against a real SMTP server (GreenMail) that is down at first: a mail is tried
 * again with back-off, given up after the last attempt, and sent exactly once when the server is
 * back, with the outbox's Message-ID. Three attempts, the first retry after a second.
 */
@SpringBootTest(properties = {"communityjourneys.mail.outbox.poll=200ms", "communityjourneys.mail.outbox.first-retry=1s",
        "communityjourneys.mail.outbox.attempts=3"})
@ActiveProfiles("test")
class MailOutboxTest {

    static final int PORT = freePort();
    static final GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    AccountService accounts;
    @Autowired
    EmailPreferenceRepository preferences;
    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MailOutbox outbox;

    @Test
    void theWaitDoublesFromTheFirstRetryUpToTheLongest() {
        assertThat(outbox.waitAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(outbox.waitAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(outbox.waitAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(outbox.waitAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMailIsTriedAgainWhileSmtpIsDownGivenUpAfterTheLastAttemptAndSentOnceWhenItIsBack() throws Exception {
        String early = optedIn("jo");
        decided(early);
        await().atMost(Duration.ofSeconds(30)).until(() -> only(early).getDelivery() == MailDelivery.FAILED);
        OutgoingMail givenUp = only(early);
        assertThat(givenUp.getAttempts()).isEqualTo(3);
        assertThat(givenUp.getFailure()).isNotBlank();

        String later = optedIn("kit");
        decided(later);
        await().atMost(Duration.ofSeconds(20)).until(() -> only(later).getAttempts() >= 1);
        OutgoingMail waiting = only(later);
        assertThat(waiting.getDelivery()).as("SMTP is down: it waits for its next try").isEqualTo(MailDelivery.PENDING);
        assertThat(waiting.getNextAttemptAt()).isAfter(waiting.getCreatedAt());

        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> only(later).getDelivery() == MailDelivery.SENT);
        assertThat(outbox.deliverDue()).as("nothing is due any more").isZero();
        Thread.sleep(1_500);
        List<MimeMessage> received = List.of(smtp.getReceivedMessages());
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(later);
            assertThat(message.getMessageID()).isEqualTo(only(later).messageId("communityjourneys.local"));
        });
        assertThat(only(early).getDelivery()).as("a mail given up is not sent later").isEqualTo(MailDelivery.FAILED);
    }

    private String optedIn(String name) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.ensureAccount(username, name, "a long password", EnumSet.of(Role.RESIDENT), "E05009440", true);
        EmailPreference preference = new EmailPreference(username);
        preference.choose(true, null, Instant.now());
        preferences.save(preference);
        return username;
    }

    private void decided(String author) {
        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaOutcomeDecided(UUID.randomUUID(),
                UUID.randomUUID(), "Seed swap " + UUID.randomUUID(), author, "shortlisted", null)));
    }

    private OutgoingMail only(String address) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findByToAddressOrderByCreatedAtDesc(address).size() == 1);
        return mails.findByToAddressOrderByCreatedAtDesc(address).get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
