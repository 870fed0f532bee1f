package org.communityjourneys.chest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.communityjourneys.tasks.service.TaskInbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.chest.domain.ApplicationDraft;
import org.communityjourneys.chest.domain.ConsolidatedScores;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.domain.DecisionRole;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.chest.service.NotEnoughInFund;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.support.FundingStage;
import org.communityjourneys.support.GrantDrafts;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application, panel, chair and board services on the real engine: what they save, the tasks
 * they complete and everything they refuse (refusals save nothing and leave the task open).
 */
@SpringBootTest
@ActiveProfiles("test")
class GrantGovernanceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GrantApplicationService applications;
    @Autowired
    GrantPanelService panel;
    @Autowired
    ChestService chest;
    @Autowired
    AuditLog audit;
    @Autowired
    GrantLifecycle lifecycle;

    /**
     * The task ids a panel member's list of group tasks shows, page by page (two at a time, so the
     * left-out tasks must not leave gaps or repeats), checked against the list's count.
     */
    private List<String> offeredTo(String member) {
        TaskInbox inbox = context.getBean(TaskInbox.class);
        Set<Role> roles = EnumSet.of(Role.PANEL);
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 2) {
            int from = offset;
            List<String> page = as(member, "PANEL", () -> inbox.forGroups(roles, member, from, 2, TaskInbox.SortBy.CREATED, true))
                    .stream().map(TaskSummary::id).toList();
            ids.addAll(page);
            if (page.size() < 2) {
                break;
            }
        }
        assertThat(ids).as("no task twice").doesNotHaveDuplicates();
        assertThat(as(member, "PANEL", () -> inbox.countForGroups(roles, member))).as("the count of %s's list", member)
                .isEqualTo(ids.size());
        return ids;
    }

    @Test
    void anApplicationIsSavedWithMaskedBankDetailsThenTwoDifferentPanelMembersScoreAndTheChairApproves() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Stay and play " + UUID.randomUUID());
        Task application = FundingStage.taskAt(context, started, "completeApplication");
        as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), application.getId(),
                GrantDrafts.draft(5_000_00, false, false)));

        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.ROUTED);
        assertThat(chest.grant(started.grantId()).getRoute()).isEqualTo("PANEL_REVIEW");
        assertThat(chest.grant(started.grantId()).getAmountPence()).isEqualTo(5_000_00);
        assertThat(as("applicant", "APPLICANT", () -> applications.find(started.grantId()))).hasValueSatisfying(saved -> {
            assertThat(saved.maskedBankDetails()).isEqualTo("\u2022\u2022 \u2022\u2022 56 / \u2022\u2022\u2022\u20225678");
            assertThat(saved.getBudgetLines()).hasSize(2);
            assertThat(saved.answers()).hasSize(5);
        });
        List<Task> scorings = FundingStage.tasksAt(context, started, "panelReview");
        assertThat(scorings).as("two scorings").hasSize(2);

        assertThatThrownBy(() -> as("resident", "RESIDENT", () -> panel.score(started.grantId(), scorings.get(0).getId(),
                scores(4), comments()))).isInstanceOf(AccessDeniedToRole.class)
                .hasMessage("Only panel members can score grant applications.");
        assertThatThrownBy(() -> as("panel-one", "PANEL", () -> panel.score(started.grantId(), scorings.get(0).getId(),
                scores(6), comments()))).hasMessageContaining("from 1 to 5");
        as("panel-one", "PANEL", () -> panel.score(started.grantId(), scorings.get(0).getId(), scores(4), comments()));
        assertThatThrownBy(() -> as("panel-one", "PANEL", () -> panel.score(started.grantId(), scorings.get(1).getId(),
                scores(2), comments())))
                .hasMessage("You have already scored this application: a different panel member must give the second score.");
        assertThat(offeredTo("panel-one")).as("the second scoring is not offered to the first scorer")
                .doesNotContain(scorings.get(1).getId());
        assertThat(offeredTo("panel-two")).as("but to any other panel member").contains(scorings.get(1).getId());
        Task chairTooEarly = FundingStage.taskAt(context, started, "panelChair");
        assertThat(chairTooEarly).as("the chair waits for both scorings").isNull();
        assertThatThrownBy(() -> as("panel-chair", "PANEL", () -> panel.chairDecides(started.grantId(), "no-task", true, "Good")))
                .hasMessage("Two panel members must score the application before the chair decides.");

        as("panel-two", "PANEL", () -> panel.score(started.grantId(), scorings.get(1).getId(), scores(2), comments()));
        ConsolidatedScores consolidated = as("panel-chair", "PANEL", () -> panel.consolidated(started.grantId()));
        assertThat(consolidated.members()).containsExactly("panel-one", "panel-two");
        assertThat(consolidated.rows()).hasSize(5).allSatisfy(row -> {
            assertThat(row.scores()).containsExactly(4, 2);
            assertThat(row.mean()).isEqualTo(3.0);
        });
        assertThatThrownBy(() -> as("resident", "RESIDENT", () -> panel.consolidated(started.grantId())))
                .isInstanceOf(AccessDeniedToRole.class);

        Task chair = FundingStage.taskAt(context, started, "panelChair");
        assertThat(offeredTo("panel-one")).as("a scorer is not offered the chair's decision").doesNotContain(chair.getId());
        assertThat(offeredTo("panel-two")).doesNotContain(chair.getId());
        assertThat(offeredTo("panel-chair")).as("a member who did not score is").contains(chair.getId());
        GrantStatus beforeTheScorersTry = chest.grant(started.grantId()).getStatus();
        assertThat(beforeTheScorersTry).as("scored and waiting for the chair").isEqualTo(GrantStatus.ROUTED);
        for (String scorer : List.of("panel-one", "panel-two")) {
            assertThatThrownBy(() -> as(scorer, "PANEL", () -> panel.chairDecides(started.grantId(), chair.getId(), true, "I liked it")))
                    .as(scorer).isInstanceOf(IllegalStateException.class)
                    .hasMessage("You scored this application, so you cannot chair its decision: "
                            + "a panel member who did not score it decides.");
        }
        assertThat(chest.grant(started.grantId()).getStatus()).as("a scorer's chair decision changes nothing")
                .isEqualTo(beforeTheScorersTry);
        assertThat(chest.grant(started.grantId()).getDecidedBy()).isNull();
        assertThat(FundingStage.taskAt(context, started, "panelChair")).as("the chair task is still open").isNotNull()
                .extracting(Task::getId).isEqualTo(chair.getId());
        assertThat(audit.about("grant", started.grantId().toString())).extracting(AuditEntry::getAction)
                .doesNotContain("grant.approved", "grant.declined");
        assertThatThrownBy(() -> as("panel-chair", "PANEL", () -> panel.chairDecides(started.grantId(), chair.getId(), true, " ")))
                .hasMessage("Give a reason for the decision: the applicant will see it.");
        as("panel-chair", "PANEL", () -> panel.chairDecides(started.grantId(), chair.getId(), true, "Strong and well costed."));

        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.APPROVED);
        assertThat(chest.grant(started.grantId()).getRoute()).isEqualTo("PANEL_REVIEW");
        assertThat(chest.grant(started.grantId()).getDecidedBy()).isEqualTo("panel-chair");
        assertThat(chest.grant(started.grantId()).getDecidedAs()).isEqualTo(DecisionRole.PANEL_CHAIR);
        assertThat(FundingStage.taskAt(context, started, "acceptAgreement")).isNotNull();
        assertThat(audit.about("grant", started.grantId().toString())).extracting(AuditEntry::getAction)
                .contains("grant.application-submitted", "grant.panel-scored", "grant.approved");
        assertThat(audit.about("grant", started.grantId().toString()))
                .filteredOn(entry -> entry.getAction().equals("grant.panel-scored")).extracting(AuditEntry::getActor)
                .containsExactlyInAnyOrder("panel-one", "panel-two");
    }

    @Test
    void badApplicationsAreRefusedWithPlainReasonsAndNothingIsSaved() {
        FundingStage.Started started = FundingStage.toApplication(context, 30_000_00, "Parent peers " + UUID.randomUUID());
        String task = FundingStage.taskAt(context, started, "completeApplication").getId();
        ApplicationDraft good = GrantDrafts.draft(2_000_00, true, false);

        assertThatThrownBy(() -> as("resident", "RESIDENT", () -> applications.submit(started.grantId(), task, good)))
                .isInstanceOf(AccessDeniedToRole.class).hasMessage("Only an applicant can submit a grant application.");
        ApplicationDraft notAddingUp = new ApplicationDraft(good.organisation(), good.contact(), 2_000_00, good.summary(),
                good.sortCode(), good.accountNumber(), List.of(new ApplicationDraft.BudgetLineDraft("Toys", 1_500_00)),
                false, null, false, good.answers());
        assertThatThrownBy(() -> as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task, notAddingUp)))
                .hasMessageContaining("The budget lines add up to £1,500 but you asked for £2,000: £500 short.");
        ApplicationDraft noSafeguarding = new ApplicationDraft(good.organisation(), good.contact(), 2_000_00, good.summary(),
                "12 34 5", "1234", good.budgetLines(), true, " ", false, Map.of(FundingPrinciple.CREATIVITY, "New"));
        assertThatThrownBy(() -> as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task, noSafeguarding)))
                .hasMessageContaining("needs a safeguarding policy")
                .hasMessageContaining("The sort code must be 6 digits")
                .hasMessageContaining("The account number must be 8 digits")
                .hasMessageContaining("Answer \u201cDesigned with the community\u201d.")
                .message().doesNotContain("Creativity");
        ApplicationDraft overBand = GrantDrafts.draft(25_000_00, false, false);
        assertThat(applications.amountProblem(started.grantId(), 25_000_00)).hasValueSatisfying(problem ->
                assertThat(problem).isEqualTo("Residents voted for £15,000: the application can ask up to that. A different"
                        + " amount is for the panel or the board to approve, with a reason."));
        assertThatThrownBy(() -> as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task, overBand)))
                .hasMessageContaining("Residents voted for £15,000");

        assertThat(as("applicant", "APPLICANT", () -> applications.find(started.grantId()))).isEmpty();
        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.OPEN);
        assertThat(FundingStage.taskAt(context, started, "completeApplication")).isNotNull();
    }

    @Test
    void moreThanTheFundHasLeftIsRefusedBeforeAndAtApproval() {
        FundingStage.Started started = FundingStage.toApplication(context, 900_00, "Baby bank " + UUID.randomUUID(), 900_00);
        String task = FundingStage.taskAt(context, started, "completeApplication").getId();
        assertThat(applications.mostThatCanBeAsked(started.grantId())).isEqualTo(900_00);
        // more than residents voted for is refused first; what is left is checked again at approval
        assertThat(applications.amountProblem(started.grantId(), 950_00)).contains(
                "Residents voted for £900: the application can ask up to that. A different amount is for the panel or the"
                        + " board to approve, with a reason.");
        assertThatThrownBy(() -> as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task,
                GrantDrafts.draft(950_00, false, false)))).hasMessageContaining("Residents voted for £900");

        as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task, GrantDrafts.draft(800_00, false, false)));
        assertThat(FundingStage.taskAt(context, started, "lightTouchCheck")).as("facilitator route").isNotNull();
        chest.releaseUnspent(started.journeyId());
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(started.grantId(), "FACILITATOR_CHECK", true, "Fine");
            return null;
        })).isInstanceOf(NotEnoughInFund.class)
                .hasMessage("Not enough left in " + started.fund().getName() + ": £0 available.");
        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.ROUTED);
    }

    @Test
    void aHighRiskGrantGoesToTheBoardWhereOnlyAGovernanceLeadDecides() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Young carers " + UUID.randomUUID());
        String task = FundingStage.taskAt(context, started, "completeApplication").getId();
        as("applicant", "APPLICANT", () -> applications.submit(started.grantId(), task, GrantDrafts.draft(3_000_00, true, true)));
        Task board = FundingStage.taskAt(context, started, "boardReferral");
        assertThat(board).isNotNull();

        assertThatThrownBy(() -> as("panel-one", "PANEL", () -> panel.boardDecides(started.grantId(), board.getId(), true, "Yes")))
                .isInstanceOf(AccessDeniedToRole.class)
                .hasMessage("Only a governance lead can record the board's decision.");
        as("governance", "GOVERNANCE", () -> panel.boardDecides(started.grantId(), board.getId(), false,
                "The safeguarding policy does not cover home visits."));

        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.DECLINED);
        assertThat(chest.grant(started.grantId()).getDecisionReason()).isEqualTo("The safeguarding policy does not cover home visits.");
        assertThat(FundingStage.taskAt(context, started, "boardReferral")).isNull();
        assertThat(audit.about("grant", started.grantId().toString())).extracting(AuditEntry::getAction)
                .contains("grant.declined");
    }

    private static <T> T as(String username, String role, Supplier<T> call) {
        return SignedIn.as(username, role, call);
    }

    private static void as(String username, String role, Runnable call) {
        SignedIn.as(username, role, () -> {
            call.run();
            return null;
        });
    }

    private static Map<FundingPrinciple, Integer> scores(int each) {
        Map<FundingPrinciple, Integer> scores = new EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            scores.put(principle, each);
        }
        return scores;
    }

    private static Map<FundingPrinciple, String> comments() {
        Map<FundingPrinciple, String> comments = new EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            comments.put(principle, "Comment on " + principle.label() + ".");
        }
        return comments;
    }
}
