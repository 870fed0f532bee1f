package org.communityjourneys.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.ResidentAccountDeleted;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.service.PersonalData;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.TooManyAttempts;
import org.communityjourneys.identity.service.TooManyLoginAttempts;
import org.communityjourneys.identity.service.VerificationCodes;
import org.communityjourneys.identity.ui.AccountView;
import org.communityjourneys.identity.ui.LoginView;
import org.communityjourneys.identity.ui.ResidentsView;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;

/**
 * My account (/account): details, verifying with a code, downloading one's data and deleting the
 * account, with real ideas and votes from the other modules. Also the login page's lockout message
 * and issuing codes on /residents.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccountPageTest {

    private static final String PASSWORD = "a long password";

    @Autowired
    ApplicationContext context;
    @Autowired
    ResidentRegistration registration;
    @Autowired
    VerificationCodes codes;
    @Autowired
    PersonalData personalData;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.communityjourneys.identity.service.PaperResidents paperResidents;

    @AfterEach
    void tearDown() {
        SpringMockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private UserAccount newResident() {
        String email = "resident-" + UUID.randomUUID() + "@example.org";
        return registration.register(new Registration("Robin Example", email, PASSWORD, "HR9 9ZZ", Journeys.WARD,
                AgeBand.AGE_65_PLUS, true));
    }

    private static void signIn(String username, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new))));
    }

    private void open(String location) {
        SpringMockVaadin.setUp(context, AccountView.class, LoginView.class, ResidentsView.class);
        UI.getCurrent().navigate(location);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theAccountPageShowsTheDetailsAndVerifiesTheWardWithACode() {
        UserAccount resident = newResident();
        signIn("facilitator", "FACILITATOR");
        String code = codes.issue(resident.getId()).code();
        signIn(resident.getUsername(), "RESIDENT");
        open("account");

        assertThat(text("account-name")).isEqualTo("Robin Example");
        assertThat(text("account-username")).isEqualTo(resident.getUsername());
        assertThat(text("account-postcode")).isEqualTo("HR9 9ZZ");
        assertThat(text("account-ward")).isEqualTo("Leominster East");
        assertThat(text("account-age-band")).isEqualTo("65 or over");
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-verification")).getText()).startsWith("Not yet verified.");

        _get(TextField.class, spec -> spec.withId("account-code")).setValue("WRONG-CODE");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("account-redeem-code")));
        TextField codeField = _get(TextField.class, spec -> spec.withId("account-code"));
        assertThat(codeField.isInvalid()).isTrue();
        assertThat(codeField.getErrorMessage()).startsWith("That code is not right");
        assertThat(accounts.findById(resident.getId()).orElseThrow().isVerified()).isFalse();

        _get(TextField.class, spec -> spec.withId("account-code")).setValue(code);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("account-redeem-code")));

        assertThat(accounts.findById(resident.getId()).orElseThrow().isVerified()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-verification")).getText()).startsWith("Verified on ");
        assertThat(_get(Div.class, spec -> spec.withId("account-status")).getText()).isEqualTo("Thank you. Your ward is now verified.");
        _assertNone(TextField.class, spec -> spec.withId("account-code"));
        assertThat(_get(Anchor.class, spec -> spec.withId("account-download")).getHref()).isNotBlank();
    }

    /** A resident with an idea, a support for someone else's idea and a vote, in an open vote. */
    private record Taking(UserAccount resident, UUID journeyId, UUID ownIdea, UUID supportedIdea) {
    }

    private Taking aResidentWhoTookPart() {
        UserAccount resident = newResident();
        signIn("facilitator", "FACILITATOR");
        registration.verifyInPerson(resident.getId(), "Met at the Leominster hub");
        UUID journeyId = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(500_000).withBallot(BallotSettings.defaults().withPicks(1, 2)),
                "facilitator")).getId();
        ideas.openWindow(journeyId);
        IdeaDraft walks = new IdeaDraft("Walking group " + UUID.randomUUID(), "Weekly walks for new parents.",
                50_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "Robin Example", "07700 900123");
        UUID own = SignedIn.as(resident.getUsername(), "RESIDENT", () -> ideas.submit(journeyId, walks, resident.getUsername()));
        UUID other = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, new IdeaDraft("Baby bank " + UUID.randomUUID(), "Clothes and kit for babies.",
                60_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"), "resident"));
        SignedIn.as(resident.getUsername(), "RESIDENT", () -> ideas.support(other, resident.getUsername()));
        SignedIn.as("applicant", "RESIDENT", () -> ideas.support(other, "applicant"));
        ideas.closeWindow(journeyId, true);
        ideas.recordEligibility(own, true, null);
        ideas.recordEligibility(other, true, null);
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
        SignedIn.as(resident.getUsername(), "RESIDENT", () -> votes.cast(journeyId, resident.getUsername(), BallotChoice.picking(List.of(other))));
        return new Taking(resident, journeyId, own, other);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDownloadHoldsTheAccountTheIdeasTheSupportsAndTheVotesButNotTheBallot() throws Exception {
        Taking taking = aResidentWhoTookPart();
        signIn(taking.resident().getUsername(), "RESIDENT");

        Map<String, Object> data = personalData.ofCurrentUser();
        Map<String, Object> account = (Map<String, Object>) data.get("account");
        assertThat(account).containsEntry("username", taking.resident().getUsername())
                .containsEntry("name", "Robin Example").containsEntry("postcode", "HR9 9ZZ")
                .containsEntry("ward", "Leominster East").containsEntry("ageBand", "65 or over")
                .containsEntry("verified", true).containsEntry("verifiedBy", "facilitator");

        JsonNode file = json.readTree(personalData.ofCurrentUserAsJson());
        assertThat(file.at("/ideasAuthored")).hasSize(1);
        assertThat(file.at("/ideasAuthored/0/id").asText()).isEqualTo(taking.ownIdea().toString());
        assertThat(file.at("/ideasAuthored/0/contact").asText()).isEqualTo("07700 900123");
        assertThat(file.at("/ideasSupported")).hasSize(1);
        assertThat(file.at("/ideasSupported/0/ideaId").asText()).isEqualTo(taking.supportedIdea().toString());
        assertThat(file.at("/votesTakenPartIn")).hasSize(1);
        assertThat(file.at("/votesTakenPartIn/0/journeyId").asText()).isEqualTo(taking.journeyId().toString());
        assertThat(file.at("/votesTakenPartIn/0/channel").asText()).isEqualTo("online");
        // what they voted is secret: the chosen idea appears only as the idea they supported
        assertThat(file.toString()).doesNotContain("password").doesNotContain("receipt");
    }

    @Test
    void deletingTheAccountRemovesThePersonButKeepsTheIdeasAndTheVoteCount() {
        Taking taking = aResidentWhoTookPart();
        String username = taking.resident().getUsername();
        long supportsBefore = ideas.supportCount(taking.supportedIdea());
        long votersBefore = votes.turnout(taking.journeyId());
        signIn(username, "RESIDENT");
        open("account");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("account-delete")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("account-delete-cancel")));
        assertThat(accounts.findByUsername(username)).isPresent();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("account-delete")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("account-delete-confirm")));

        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account_role where user_id = ?", Integer.class,
                taking.resident().getId())).isZero();
        Idea idea = ideas.get(taking.ownIdea());
        assertThat(idea.getAuthor()).isEqualTo(ResidentAccountDeleted.FORMER_RESIDENT);
        assertThat(idea.getContact()).isNull();
        assertThat(idea.getTitle()).startsWith("Walking group");
        assertThat(ideas.supportCount(taking.supportedIdea())).isEqualTo(supportsBefore);
        assertThat(votes.turnout(taking.journeyId())).isEqualTo(votersBefore);
        // the same address registering again still counts as having voted in that journey
        assertThat(votes.hasVoted(taking.journeyId(), username)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from idea_support where supporter = ?", Integer.class, username)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from vote_participation where resident = ?", Integer.class, username)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idea where author = ?", Integer.class, username)).isZero();

        List<AuditEntry> deleted = audit.about("account", taking.resident().getId().toString());
        assertThat(deleted).extracting(AuditEntry::getAction).contains("resident.deleted");
        assertThat(deleted.stream().filter(entry -> entry.getAction().equals("resident.deleted")))
                .allSatisfy(entry -> {
                    assertThat(entry.getActor()).isEqualTo(ResidentAccountDeleted.FORMER_RESIDENT);
                    assertThat(entry.getDetail()).doesNotContain(username).doesNotContain("Robin");
                });
    }

    @Test
    void staffAccountsCannotDeleteThemselvesHere() {
        signIn("facilitator", "FACILITATOR");
        open("account");
        _assertNone(Button.class, spec -> spec.withId("account-delete"));
        assertThat(text("account-username")).isEqualTo("facilitator");
        assertThatThrownBy(() -> personalData.deleteCurrentAccount())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class).hasMessageContaining("ask an administrator");
        assertThat(accounts.findByUsername("facilitator")).isPresent();
    }

    @Test
    void theLoginPageSaysWhenThereWereTooManyAttempts() {
        open("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new TooManyLoginAttempts(new TooManyAttempts(12)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"Too many attempts\"").contains("Too many attempts. Try again in 12 minutes.");

        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n(_get(LoginForm.class))).contains("Check your username and password and try again.")
                .doesNotContain("Too many attempts");
    }

    /** The texts the login form shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFacilitatorGivesACodeOnTheResidentsPage() {
        UserAccount resident = newResident();
        signIn("facilitator", "FACILITATOR");
        open("residents");
        _get(TextField.class, spec -> spec.withId("residents-search")).setValue(resident.getUsername());
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("residents-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        grid.select(GridKt._get(grid, 0));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("residents-issue-code")));

        String shown = _get(Div.class, spec -> spec.withId("residents-issued-code")).getText();
        assertThat(shown).matches("Code for Robin Example: [A-Z2-9]{4}-[A-Z2-9]{4} \\(works until .*\\)\\. It is shown only now\\.");
        assertThat(codes.pendingCodeExpiry(resident.getId())).isPresent();
    }

    /** A paper-only resident asks staff: the residents page offers their data and erases their record. */
    @Test
    @SuppressWarnings("unchecked")
    void aFacilitatorErasesAPaperRecordOnTheResidentsPage() {
        signIn("facilitator", "FACILITATOR");
        String name = "Lou Paperfield" + UUID.randomUUID().toString().substring(0, 6);
        UserAccount record = paperResidents.enter(new org.communityjourneys.identity.domain.PaperResident(name, "1 Etnam Street",
                "HR6 8BB", null, null), java.util.Set.of(Journeys.WARD), false);
        open("residents");
        _get(TextField.class, spec -> spec.withId("residents-search")).setValue(name);
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("residents-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(_get(Button.class, spec -> spec.withId("residents-erase-paper-record")).isEnabled()).isFalse();
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("residents-download-paper-record"))
                .isVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("residents-not-same-person")).isEnabled()).as("not matched").isFalse();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("residents-erase-paper-record")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(_get(Div.class, spec -> spec.withId("residents-status")).getText())
                .isEqualTo("The paper record of " + name + " has been erased.");
        assertThat(accounts.findById(record.getId())).isEmpty();
        assertThat(GridKt._size(grid)).isZero();
    }
}
