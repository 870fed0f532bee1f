package org.communityjourneys.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaOutcomeDecided;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.notifications.domain.EmailPreference;
import org.communityjourneys.notifications.domain.EmailPreferenceRepository;
import org.communityjourneys.notifications.domain.MailDelivery;
import org.communityjourneys.notifications.domain.Notification;
import org.communityjourneys.notifications.domain.NotificationRepository;
import org.communityjourneys.notifications.domain.OutgoingMailRepository;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.tasks.domain.TaskReminderDue;
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
 * Notifications and email against a real SMTP server (GreenMail, in process), the real database
 * and real events: residents of a journey's ward hear that it opens for ideas (by email only if they
 * opted in), an idea's author hears its outcome, and a reminder reaches the task's people.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationMailTest {

    /** Two wards no other test uses: Hagley and Hinton & Hunderton. */
    private static final String WARD = "E05009440";
    private static final String OTHER_WARD = "E05009441";

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("communityjourneys.public-url", () -> "https://journeys.example.org");
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    AccountService accounts;
    @Autowired
    JourneyService journeys;
    @Autowired
    EmailPreferenceRepository preferences;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    private String person(String name, Set<Role> roles, String ward, boolean optIn) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.ensureAccount(username, name, "a long password", roles, ward, ward != null);
        if (optIn) {
            EmailPreference preference = new EmailPreference(username);
            preference.choose(true, null, Instant.now());
            preferences.save(preference);
        }
        return username;
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<Notification> notificationsOf(String username) {
        return notifications.findTop200ByRecipientOrderByCreatedAtDesc(username);
    }

    @Test
    void residentsOfTheWardHearThatIdeasAreOpenAndOnlyThoseWhoOptedInGetAnEmail() throws Exception {
        String ann = person("ann", EnumSet.of(Role.RESIDENT), WARD, true);
        String bob = person("bob", EnumSet.of(Role.RESIDENT), WARD, false);
        String cat = person("cat", EnumSet.of(Role.RESIDENT), OTHER_WARD, true);
        Instant now = Instant.now();
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(new LaunchPlan("Hagley: good mental wellbeing " + UUID.randomUUID(),
                Set.of(WARD), Theme.values()[0], 5_000_00, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(21)),
                now.plus(Duration.ofDays(35))), "facilitator"));

        journeys.moveTo(journey.getId(), JourneyStage.IDEAS);

        // the outbox sends after the rule has committed, and marks the mail sent just after SMTP took it
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailTo(ann).isEmpty() && !notificationsOf(bob).isEmpty()
                && mails.findByToAddressOrderByCreatedAtDesc(ann).stream().allMatch(m -> m.getDelivery() == MailDelivery.SENT));
        MimeMessage mail = mailTo(ann).get(0);
        assertThat(mail.getSubject()).isEqualTo("Ideas are open: " + journey.getTitle());
        assertThat(GreenMailUtil.getBody(mail)).contains("Hello ann")
                .contains("https://journeys.example.org/journeys/" + journey.getId() + "/ideas");
        assertThat(mails.findByToAddressOrderByCreatedAtDesc(ann)).singleElement()
                .satisfies(sent -> assertThat(sent.getDelivery()).isEqualTo(MailDelivery.SENT));

        assertThat(notificationsOf(bob)).singleElement().satisfies(n -> {
            assertThat(n.getSubject()).isEqualTo("Ideas are open: " + journey.getTitle());
            assertThat(n.getLink()).isEqualTo("/journeys/" + journey.getId() + "/ideas");
            assertThat(n.isRead()).isFalse();
        });
        assertThat(notificationsOf(ann)).hasSize(1);
        assertThat(mailTo(bob)).isEmpty();
        assertThat(notificationsOf(cat)).isEmpty();
        assertThat(mailTo(cat)).isEmpty();
    }

    @Test
    void anIdeasAuthorHearsWhatBecameOfTheirIdea() throws Exception {
        String author = person("dee", EnumSet.of(Role.RESIDENT), WARD, true);
        UUID journeyId = UUID.randomUUID();
        String title = "Toddler music mornings " + UUID.randomUUID();

        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaOutcomeDecided(journeyId, UUID.randomUUID(),
                title, author, "not shortlisted", "It costs more than the journey's budget.")));

        await().atMost(Duration.ofSeconds(20)).until(() -> !mailTo(author).isEmpty() && !notificationsOf(author).isEmpty());
        MimeMessage mail = mailTo(author).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your idea \"" + title + "\" was not shortlisted");
        assertThat(GreenMailUtil.getBody(mail)).contains("It costs more than the journey's budget.")
                .contains("/journeys/" + journeyId + "/ideas");
        assertThat(notificationsOf(author)).singleElement()
                .satisfies(n -> assertThat(n.getBody()).contains("The reason given: It costs more"));
    }

    @Test
    void aReminderReachesTheFacilitatorsOfItsCandidateRoleAndOnlyThem() throws Exception {
        String facilitator = person("fay", EnumSet.of(Role.FACILITATOR), null, true);
        String panel = person("pat", EnumSet.of(Role.PANEL), null, true);
        String taskName = "Confirm the shortlist " + UUID.randomUUID();

        transaction.executeWithoutResult(status -> events.publishEvent(
                new TaskReminderDue(taskName, null, "task-42", List.of(), List.of("FACILITATOR"))));

        // the mail to one facilitator leaves before the rule's transaction commits the in-app
        // notifications of all of them: wait for each thing asserted, not for the first mail only
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(mailTo(facilitator)).singleElement().satisfies(mail -> {
                assertThat(mail.getSubject()).isEqualTo("Reminder: " + taskName);
                assertThat(GreenMailUtil.getBody(mail)).contains("https://journeys.example.org/tasks/task-42");
            });
            assertThat(notificationsOf(facilitator)).singleElement()
                    .satisfies(n -> assertThat(n.getSubject()).isEqualTo("Reminder: " + taskName));
            assertThat(notificationsOf("facilitator")).anySatisfy(n -> assertThat(n.getSubject()).isEqualTo("Reminder: " + taskName));
        });
        assertThat(notificationsOf(panel)).isEmpty();
        assertThat(mailTo(panel)).isEmpty();
    }

    @Test
    void aReminderForAnAssignedTaskGoesToTheAssigneeOnly() throws Exception {
        String assignee = person("gus", EnumSet.of(Role.FACILITATOR), null, true);
        String otherFacilitator = person("hal", EnumSet.of(Role.FACILITATOR), null, true);
        String taskName = "Check a small grant " + UUID.randomUUID();

        transaction.executeWithoutResult(status -> events.publishEvent(
                new TaskReminderDue(taskName, null, "task-43", List.of(assignee), List.of("FACILITATOR"))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(mailTo(assignee)).hasSize(1);
            assertThat(notificationsOf(assignee)).singleElement()
                    .satisfies(n -> assertThat(n.getSubject()).isEqualTo("Reminder: " + taskName));
        });
        assertThat(notificationsOf(otherFacilitator)).isEmpty();
        assertThat(mailTo(otherFacilitator)).isEmpty();
    }

    @Test
    void theSameEventHandledTwiceTellsNobodyTwice() throws Exception {
        String author = person("ivy", EnumSet.of(Role.RESIDENT), WARD, true);
        IdeaOutcomeDecided decided = new IdeaOutcomeDecided(UUID.randomUUID(), UUID.randomUUID(),
                "Repair café " + UUID.randomUUID(), author, "shortlisted", null);

        // as when a stale publication is resubmitted while its first run finished after all
        transaction.executeWithoutResult(status -> events.publishEvent(decided));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(author).size() == 1);
        transaction.executeWithoutResult(status -> events.publishEvent(decided));
        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaOutcomeDecided(decided.journeyId(),
                decided.ideaId(), decided.title(), author, "not funded", "The vote chose others.")));

        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(author).size() == 2 && mailTo(author).size() == 2);
        Thread.sleep(3_000); // several outbox rounds: nothing more arrives
        assertThat(notificationsOf(author)).extracting(Notification::getSubject).containsExactlyInAnyOrder(
                "Your idea \"" + decided.title() + "\" was shortlisted", "Your idea \"" + decided.title() + "\" was not funded");
        assertThat(mailTo(author)).hasSize(2);
        assertThat(mails.findByToAddressOrderByCreatedAtDesc(author)).hasSize(2)
                .allSatisfy(sent -> assertThat(sent.getDelivery()).isEqualTo(MailDelivery.SENT));
    }
}
