package org.communityjourneys.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaOutcomeDecided;
import org.communityjourneys.notifications.domain.EmailPreference;
import org.communityjourneys.notifications.domain.EmailPreferenceRepository;
import org.communityjourneys.notifications.domain.MailDelivery;
import org.communityjourneys.notifications.domain.Notification;
import org.communityjourneys.notifications.domain.Notice;
import org.communityjourneys.notifications.domain.NotificationRepository;
import org.communityjourneys.notifications.domain.OutgoingMail;
import org.communityjourneys.notifications.domain.OutgoingMailRepository;
import org.communityjourneys.notifications.service.Mailroom;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The My notifications page (mark as read, opt in to email) and, with no SMTP host configured (the
 * default), the dev mailbox: mail is kept in the database and shown on the mailbox page.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationScreensTest {

    private static final String WARD = "E05009440";

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    EmailPreferenceRepository preferences;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    Mailroom mailroom;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private String outcomeFor(String author, String outcome) {
        String title = "Idea " + UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaOutcomeDecided(UUID.randomUUID(),
                UUID.randomUUID(), title, author, outcome, "")));
        return title;
    }

    private List<Notification> notificationsOf(String username) {
        return notifications.findTop200ByRecipientOrderByCreatedAtDesc(username);
    }

    private NotificationsView openNotifications() {
        SpringMockVaadin.setUp(context, NotificationsView.class, MailboxView.class);
        UI.getCurrent().navigate(NotificationsView.class);
        return _get(NotificationsView.class);
    }

    @Test
    @WithMockUser(username = "nia@example.org", roles = "RESIDENT")
    void aNoticeIsReadInTheReadersLanguageAndKeptAndMailedInEnglish() {
        accounts.ensureAccount("nia@example.org", "Nia", "a long password", EnumSet.of(Role.RESIDENT), WARD, true);
        String title = "Baby bank " + UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaOutcomeDecided(UUID.randomUUID(),
                UUID.randomUUID(), title, "nia@example.org", "shortlisted", "It fits the budget.")));
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf("nia@example.org").size() == 1);
        Notification told = notificationsOf("nia@example.org").get(0);
        // stored (and e-mailed) in English, word for word as before notices were worded
        assertThat(told.getSubject()).isEqualTo("Your idea \"" + title + "\" was shortlisted");
        assertThat(told.getBody()).isEqualTo("Your idea \"" + title + "\" was shortlisted. The reason given: It fits the budget.");

        SpringMockVaadin.setUp(context, NotificationsView.class, MailboxView.class);
        UI.getCurrent().setLocale(MessageBundles.WELSH);
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("notification-" + told.getId())).getElement().getTextRecursively())
                .contains("Eich syniad \u201c" + title + "\u201d: ar y rhestr fer")
                .contains("Y rheswm a roddwyd: It fits the budget.")
                .doesNotContain("shortlisted");
        SpringMockVaadin.tearDown();

        openNotifications();
        assertThat(_get(Div.class, spec -> spec.withId("notification-" + told.getId())).getElement().getTextRecursively())
                .contains(told.getSubject()).contains(told.getBody());
    }

    @Test
    @WithMockUser(username = "nye@example.org", roles = "RESIDENT")
    void aNoticeWhoseWordingCannotBeReadIsStillShownInEnglish() {
        Notification told = notifications.save(new Notification("nye@example.org", Notice.worded(
                Wording.of("notice.hidden.subject"), Wording.of("notice.hidden.body", "Off topic."), null), java.time.Instant.now()));
        // a row written by hand, or by a later version whose keys this one does not know
        jdbc.update("update notification set subject_wording = 'not a wording', "
                + "body_wording = '{\"key\":\"notice.noSuchKey\",\"args\":[]}' where id = ?", told.getId());

        SpringMockVaadin.setUp(context, NotificationsView.class, MailboxView.class);
        UI.getCurrent().setLocale(MessageBundles.WELSH);
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("notification-" + told.getId())).getElement().getTextRecursively())
                .contains("Your comment was hidden")
                .contains("A facilitator hid your comment from the discussion. The reason given: Off topic.")
                .doesNotContain("!notice");
    }

    @Test
    @WithMockUser(username = "nina@example.org", roles = "RESIDENT")
    void aResidentReadsTheirNotificationsMarksThemReadAndOptsInToEmail() {
        accounts.ensureAccount("nina@example.org", "Nina", "a long password", EnumSet.of(Role.RESIDENT), WARD, true);
        String first = outcomeFor("nina@example.org", "shortlisted");
        String second = outcomeFor("nina@example.org", "merged with another idea");
        await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf("nina@example.org").size() == 2);

        NotificationsView page = openNotifications();
        assertThat(page.unread.getText()).isEqualTo("2 unread notifications.");
        assertThat(page.list.getChildren().count()).isEqualTo(2);
        Notification newest = notificationsOf("nina@example.org").get(0);
        assertThat(page.list.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .contains(newest.getSubject());
        assertThat(List.of(first, second)).anyMatch(title -> newest.getSubject().contains(title));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("mark-read-" + newest.getId())));
        assertThat(notifications.findById(newest.getId()).orElseThrow().isRead()).isTrue();
        assertThat(page.unread.getText()).isEqualTo("1 unread notification.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("mark-all-read")));
        assertThat(notificationsOf("nina@example.org")).allMatch(Notification::isRead);
        assertThat(page.unread.getText()).isEqualTo("All read.");

        assertThat(page.emailOptIn.getValue()).isFalse();
        page.emailOptIn.setValue(true);
        page.emailAddress.setValue("not an address");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-email")));
        assertThat(page.emailAddress.isInvalid()).isTrue();
        assertThat(page.emailStatus.getText()).isEqualTo("Please give an email address like name@example.org.");
        assertThat(preferences.findById("nina@example.org")).isEmpty();

        page.emailAddress.clear();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-email")));
        assertThat(page.emailStatus.getText()).isEqualTo("Email is on: we send your notifications to nina@example.org.");
        assertThat(preferences.findById("nina@example.org")).get().satisfies(p -> assertThat(p.isEmailOptIn()).isTrue());

        String third = outcomeFor("nina@example.org", "shortlisted");
        await().atMost(Duration.ofSeconds(20)).until(() -> mails.findByToAddressOrderByCreatedAtDesc("nina@example.org")
                .stream().anyMatch(mail -> mail.getSubject().contains(third)));
        assertThat(mails.findByToAddressOrderByCreatedAtDesc("nina@example.org")).singleElement()
                .satisfies(mail -> assertThat(mail.getDelivery()).isEqualTo(MailDelivery.DEV_MAILBOX));
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void someoneWithoutAnEmailAddressMustGiveOneToOptIn() {
        NotificationsView page = openNotifications();
        page.emailOptIn.setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("save-email")));
        assertThat(page.emailStatus.getText()).isEqualTo("Please give the email address your notifications should go to.");
        assertThat(preferences.findById("resident").filter(EmailPreference::isEmailOptIn)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void withoutAnSmtpHostMailLandsInTheDevMailboxAndTheMailboxPageShowsIt() {
        String author = "otto-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.ensureAccount(author, "Otto", "a long password", EnumSet.of(Role.RESIDENT), WARD, true);
        EmailPreference preference = new EmailPreference(author);
        preference.choose(true, null, java.time.Instant.now());
        preferences.save(preference);
        String title = outcomeFor(author, "shortlisted");

        await().atMost(Duration.ofSeconds(20)).until(() -> !mails.findByToAddressOrderByCreatedAtDesc(author).isEmpty());
        OutgoingMail mail = mails.findByToAddressOrderByCreatedAtDesc(author).get(0);
        assertThat(mailroom.usesSmtp()).isFalse();
        assertThat(mail.getDelivery()).isEqualTo(MailDelivery.DEV_MAILBOX);
        assertThat(mail.getSubject()).isEqualTo("Your idea \"" + title + "\" was shortlisted");
        assertThat(mail.getBody()).contains("Hello Otto").contains("http://localhost:8080/journeys/");

        SpringMockVaadin.setUp(context, NotificationsView.class, MailboxView.class);
        UI.getCurrent().navigate(MailboxView.class);
        MailboxView mailbox = _get(MailboxView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mailbox-mode")).getText()).contains("dev mailbox");
        assertThat(IntStream.range(0, GridKt._size(mailbox.mails)).mapToObj(row -> GridKt._get(mailbox.mails, row)))
                .anySatisfy(shown -> {
                    assertThat(shown.getId()).isEqualTo(mail.getId());
                    assertThat(shown.getToAddress()).isEqualTo(author);
                });
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void residentsCannotReadTheMailbox() {
        assertThatThrownBy(() -> mailroom.latest(10)).isInstanceOf(AccessDeniedToRole.class);
    }

    @Test
    @WithMockUser(username = "facilitator", roles = {"FACILITATOR", "PANEL", "GOVERNANCE"})
    void staffOtherThanAdministratorsCannotReadEveryonesMail() {
        assertThatThrownBy(() -> mailroom.latest(10)).isInstanceOf(AccessDeniedToRole.class);
        assertThat(MailboxView.class.getAnnotation(jakarta.annotation.security.RolesAllowed.class).value())
                .containsExactly(Role.Names.ADMIN);
    }
}
