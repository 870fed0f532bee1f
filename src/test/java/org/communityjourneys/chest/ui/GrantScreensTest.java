package org.communityjourneys.chest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.support.FundingStage;
import org.communityjourneys.support.GrantDrafts;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.ui.PageNotFoundView;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The applicant's, the panel's, the chair's and the board's grant screens, driven as people would. */
@SpringBootTest
@ActiveProfiles("test")
class GrantScreensTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChestService chest;
    @Autowired
    GrantApplicationService applications;

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private void open(String location, String taskId) {
        SpringMockVaadin.tearDown();
        SpringMockVaadin.setUp(context, GrantApplicationView.class, PanelReviewView.class, PanelChairView.class,
                BoardReferralView.class);
        UI.getCurrent().navigate(location, QueryParameters.simple(Map.of("task", taskId)));
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    @WithMockUser(username = "applicant", roles = "APPLICANT")
    void theApplicantIsToldAboutATooLargeAmountAndABudgetThatDoesNotAddUpBeforeTheApplicationIsSent() {
        FundingStage.Started started = FundingStage.toApplication(context, 30_000_00, "Play sessions " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        open("grants/" + started.grantId() + "/application", task.getId());
        GrantApplicationView screen = _get(GrantApplicationView.class);
        // the idea was voted at £15,000: that, not the fund's £20,000 band, is the most the group can ask
        assertThat(_get(Paragraph.class, spec -> spec.withId("grant-limit")).getText())
                .startsWith("Residents voted for £15,000. You can ask for up to £15,000 from");

        screen.amount.setValue(new BigDecimal("16000"));
        assertThat(screen.amount.isInvalid()).isTrue();
        assertThat(screen.amount.getErrorMessage()).isEqualTo("Residents voted for £15,000: the application can ask up to"
                + " that. A different amount is for the panel or the board to approve, with a reason.");
        click("submit-application");
        assertThat(screen.problem.getText()).contains("Residents voted for £15,000");

        screen.amount.setValue(new BigDecimal("5000"));
        assertThat(screen.amount.isInvalid()).isFalse();
        screen.organisation.setValue("Friends of Ridgemoor");
        screen.contact.setValue("friends@example.org");
        screen.summary.setValue("Weekly stay and play sessions in the library.");
        screen.budgetRows.get(0).description.setValue("Toys and mats");
        screen.budgetRows.get(0).cost.setValue(new BigDecimal("3000"));
        click("add-budget-line");
        screen.budgetRows.get(1).description.setValue("Room hire");
        screen.budgetRows.get(1).cost.setValue(new BigDecimal("1500"));
        assertThat(screen.budgetTotal.getText()).isEqualTo("Budget lines add up to £4,500 of £5,000 asked: £500 short.");
        screen.sortCode.setValue("20-00-12");
        screen.accountNumber.setValue("55555678");
        assertThat(screen.maskedBank.getText()).isEqualTo("Will be shown as \u2022\u2022 \u2022\u2022 12 / \u2022\u2022\u2022\u20225678");
        screen.childrenOrVulnerableAdults.setValue(true);
        assertThat(screen.safeguarding.isVisible()).isTrue();
        GrantDrafts.answers().forEach((principle, answer) -> screen.principles.get(principle).setValue(answer));

        click("submit-application");
        assertThat(screen.problem.getText()).contains("£500 short.").contains("needs a safeguarding policy");
        assertThat(screen.safeguarding.isInvalid()).isTrue();
        assertThat(applications.find(started.grantId())).isEmpty();

        screen.budgetRows.get(1).cost.setValue(new BigDecimal("2000"));
        assertThat(screen.budgetTotal.getText()).isEqualTo("Budget lines add up to £5,000, the amount asked.");
        screen.safeguarding.setValue("https://example.org/safeguarding.pdf");
        click("submit-application");

        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.ROUTED);
        assertThat(applications.find(started.grantId())).hasValueSatisfying(saved ->
                assertThat(saved.maskedBankDetails()).isEqualTo("\u2022\u2022 \u2022\u2022 12 / \u2022\u2022\u2022\u20225678"));
        assertThat(FundingStage.tasksAt(context, started, "panelReview")).hasSize(2);
    }

    @Test
    void twoPanelMembersScoreOnTheScreenThenTheChairApprovesOnTheConsolidatedScores() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Dads' group " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        SignedIn.as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task.getId(),
                GrantDrafts.draft(4_000_00, false, false)));
        List<Task> scorings = FundingStage.tasksAt(context, started, "panelReview");

        scoreOnScreen("panel-one", started, scorings.get(0), 5);
        SignedIn.as("panel-one", "PANEL", () -> {
            open("grants/" + started.grantId() + "/panel", scorings.get(1).getId());
            assertThat(_get(Paragraph.class, spec -> spec.withId("panel-status")).getText())
                    .startsWith("You have already scored this application");
            return null;
        });
        scoreOnScreen("panel-two", started, scorings.get(1), 3);

        Task chair = FundingStage.taskAt(context, started, "panelChair");
        SignedIn.as("panel-chair", "PANEL", () -> {
            open("grants/" + started.grantId() + "/chair", chair.getId());
            PanelChairView screen = _get(PanelChairView.class);
            assertThat(GridKt._size(screen.scores)).isEqualTo(5);
            assertThat(GridKt._getFormattedRow(screen.scores, 0)).contains("Designed with the community", "5", "3", "4.0");
            assertThat(_get(Paragraph.class, spec -> spec.withId("chair-overall")).getText())
                    .isEqualTo("Mean of the five principles: 4.0 out of 5.");
            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("application-summary"))
                    .getElement().getTextRecursively()).contains("\u2022\u2022 \u2022\u2022 56 / \u2022\u2022\u2022\u20225678")
                    .doesNotContain("12345678");
            click("chair-approve");
            assertThat(screen.decision.problem.getText()).isEqualTo("Give a reason for the decision: the applicant will see it.");
            screen.decision.reason.setValue("Well designed with parents.");
            click("chair-approve");
            return null;
        });
        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.APPROVED);
        assertThat(FundingStage.taskAt(context, started, "acceptAgreement")).isNotNull();
    }

    @Test
    void aGovernanceLeadDeclinesABoardReferralWithAReason() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Carers' café " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        SignedIn.as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task.getId(),
                GrantDrafts.draft(2_500_00, true, true)));
        Task board = FundingStage.taskAt(context, started, "boardReferral");
        SignedIn.as("governance", "GOVERNANCE", () -> {
            open("grants/" + started.grantId() + "/board", board.getId());
            BoardReferralView screen = _get(BoardReferralView.class);
            assertThat(_get(Paragraph.class, spec -> spec.withId("board-why")).getText())
                    .contains("£2,500").contains("first-time group working with children or vulnerable adults");
            screen.decision.reason.setValue("Needs a named safeguarding lead first.");
            click("board-decline");
            return null;
        });
        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.DECLINED);
        assertThat(chest.grant(started.grantId()).getDecidedBy()).isEqualTo("governance");
    }

    /**
     * Each grant screen opened by people without its role, through the router with the app's own
     * navigation access control: they get the house "not here for you" page and the screen is
     * never built (so it never reads the application).
     */
    @Test
    void peopleWithoutTheRoleCannotOpenThePanelChairBoardOrApplicationScreens() {
        FundingStage.Started started = FundingStage.toApplication(context, 30_000_00, "Closed doors " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        Map<String, Class<? extends Component>> screens = Map.of("application", GrantApplicationView.class,
                "panel", PanelReviewView.class, "chair", PanelChairView.class, "board", BoardReferralView.class);
        Map<String, List<String>> refused = Map.of("application", List.of("RESIDENT", "PANEL", "GOVERNANCE"),
                "panel", List.of("RESIDENT", "APPLICANT", "GOVERNANCE"), "chair", List.of("RESIDENT", "APPLICANT", "FACILITATOR"),
                "board", List.of("RESIDENT", "APPLICANT", "PANEL"));
        screens.forEach((path, view) -> refused.get(path).forEach(role -> SignedIn.as("someone-" + role.toLowerCase(), role, () -> {
            openWithErrorPage("grants/" + started.grantId() + "/" + path, task.getId());
            assertThat(_find(PageNotFoundView.class)).as("%s opening %s", role, path).hasSize(1);
            assertThat(_find(view)).as("%s opening %s", role, path).isEmpty();
            return null;
        })));
        // and the role that may, may: the door is not simply shut for everyone
        SignedIn.as("applicant", "APPLICANT", () -> {
            openWithErrorPage("grants/" + started.grantId() + "/application", task.getId());
            assertThat(_find(GrantApplicationView.class)).hasSize(1);
            assertThat(_find(PageNotFoundView.class)).isEmpty();
            return null;
        });
    }

    private void openWithErrorPage(String location, String taskId) {
        SpringMockVaadin.tearDown();
        Set<Class<? extends Component>> views = Set.of(GrantApplicationView.class, PanelReviewView.class, PanelChairView.class,
                BoardReferralView.class);
        Set<Class<? extends HasErrorParameter<?>>> errors = Set.of(PageNotFoundView.class);
        SpringMockVaadin.setUpWithAccessControl(context, views, errors);
        UI.getCurrent().navigate(location, QueryParameters.simple(Map.of("task", taskId)));
    }

    private void scoreOnScreen(String member, FundingStage.Started started, Task task, int score) {
        SignedIn.as(member, "PANEL", () -> {
            open("grants/" + started.grantId() + "/panel", task.getId());
            PanelReviewView screen = _get(PanelReviewView.class);
            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("application-summary"))
                    .getElement().getTextRecursively()).contains("Our answer on creativity and innovation.");
            click("submit-scores");
            assertThat(screen.problem.getText()).isEqualTo("Score every principle from 1 to 5 and add a comment on each.");
            for (FundingPrinciple principle : FundingPrinciple.values()) {
                screen.scores.get(principle).setValue(score);
                screen.comments.get(principle).setValue(member + " on " + principle.label());
            }
            click("submit-scores");
            assertThat(screen.problem.isVisible()).as(screen.problem.getText()).isFalse();
            return null;
        });
    }
}
