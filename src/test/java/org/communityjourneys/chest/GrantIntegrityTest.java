// Over 400 lines: each attack is its own test with its before-and-after comparison of rows and engine state.
package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.chest.domain.DecisionRole;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.domain.GrantRepository;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantClaims;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.FundingStage;
import org.communityjourneys.support.GrantDrafts;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.tasks.service.TaskInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attacks on a grant's integrity, on the real engine and PostgreSQL: task completions that skip
 * the chest, payments out of turn, one group's task used for another grant, other applicants
 * reaching a holder's tasks and application, and two people doing the same step at once. Each
 * refusal is checked against the grant's row, the ledger and the engine's open tasks before and
 * after.
 */
@SpringBootTest
@ActiveProfiles("test")
class GrantIntegrityTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GrantApplicationService applications;
    @Autowired
    GrantPanelService panel;
    @Autowired
    GrantLifecycle lifecycle;
    @Autowired
    org.communityjourneys.chest.service.GrantPayments payments;
    @Autowired
    ChestService chest;
    @Autowired
    GrantClaims claims;
    @Autowired
    GrantRepository grantRows;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    TaskInbox inbox;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    PlatformTransactionManager transactions;

    // ------------------------------------------------------------------ decisions over the engine's API

    @Test
    void theBoardsTaskCompletedWithBareVariablesIsRefusedAndChangesNothing() {
        FundingStage.Started started = applied(10_000_00, "Young carers", 3_000_00, true, true);
        Task board = FundingStage.taskAt(context, started, "boardReferral");
        assertThat(board).isNotNull();
        Snapshot before = snapshot(started);

        assertThatThrownBy(() -> tasks.complete(board.getId(), Map.of("decision", "approve", "decisionReason", "Yes")))
                .hasMessageContaining("The chest has no decision on this grant by a governance lead for the board");
        // a governance lead signed in cannot skip the board's screen either
        assertThatThrownBy(() -> SignedIn.as("governance", "GOVERNANCE", () -> {
            tasks.complete(board.getId(), Map.of("decision", "approve", "decisionReason", "Yes"));
            return null;
        })).hasMessageContaining("The chest has no decision on this grant");

        assertThat(snapshot(started)).isEqualTo(before);
        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.ROUTED);
        assertThat(FundingStage.taskAt(context, started, "boardReferral").getId()).isEqualTo(board.getId());
        assertThat(FundingStage.taskAt(context, started, "acceptAgreement")).isNull();

        // the board's screen records the decision, and then the same task completes
        SignedIn.as("governance", "GOVERNANCE", () -> {
            panel.boardDecides(started.grantId(), board.getId(), true, "Safeguarding plan in place.");
            return null;
        });
        assertThat(chest.grant(started.grantId()).getDecidedAs()).isEqualTo(DecisionRole.GOVERNANCE);
        assertThat(FundingStage.taskAt(context, started, "acceptAgreement")).isNotNull();
    }

    @Test
    void thePanelChairsTaskCompletedWithBareVariablesIsRefusedAndChangesNothing() {
        FundingStage.Started started = applied(10_000_00, "Dads' group", 4_000_00, false, false);
        List<Task> scorings = FundingStage.tasksAt(context, started, "panelReview");
        SignedIn.as("panel-one", "PANEL", () -> panel.score(started.grantId(), scorings.get(0).getId(), scores(), comments()));
        SignedIn.as("panel-two", "PANEL", () -> panel.score(started.grantId(), scorings.get(1).getId(), scores(), comments()));
        Task chair = FundingStage.taskAt(context, started, "panelChair");
        Snapshot before = snapshot(started);

        assertThatThrownBy(() -> tasks.complete(chair.getId(), Map.of("decision", "approve", "decisionReason", "Fine")))
                .hasMessageContaining("The chest has no decision on this grant by the panel chair");

        assertThat(snapshot(started)).isEqualTo(before);
        assertThat(FundingStage.taskAt(context, started, "panelChair").getId()).isEqualTo(chair.getId());
        assertThat(FundingStage.taskAt(context, started, "acceptAgreement")).isNull();
    }

    @Test
    void theLightTouchCheckNeedsAFacilitatorSignedInAndIsRecordedInTheirRole() {
        FundingStage.Started started = applied(1_600_00, "Baby bank", 800_00, false, false);
        Task check = FundingStage.taskAt(context, started, "lightTouchCheck");
        Snapshot before = snapshot(started);
        Map<String, Object> approve = Map.of("decision", "approve", "decisionReason", "The group runs it already.");

        assertThatThrownBy(() -> tasks.complete(check.getId(), approve)).hasMessageContaining("a facilitator");
        assertThatThrownBy(() -> SignedIn.as("applicant", "APPLICANT", () -> {
            tasks.complete(check.getId(), approve);
            return null;
        })).hasMessageContaining("a facilitator");
        assertThat(snapshot(started)).isEqualTo(before);
        assertThat(FundingStage.taskAt(context, started, "lightTouchCheck").getId()).isEqualTo(check.getId());

        complete("facilitator", Role.FACILITATOR, check, approve);
        assertThat(chest.grant(started.grantId())).satisfies(grant -> {
            assertThat(grant.getStatus()).isEqualTo(GrantStatus.APPROVED);
            assertThat(grant.getDecidedBy()).isEqualTo("facilitator");
            assertThat(grant.getDecidedAs()).isEqualTo(DecisionRole.FACILITATOR);
        });
    }

    @Test
    void theApplicationTaskCompletedWithoutAnApplicationIsRefused() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Bare " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        Snapshot before = snapshot(started);

        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("amountPence", 100_00L, "amountPounds", 100.0)))
                .hasMessageContaining("The chest has no application for this grant");

        assertThat(snapshot(started)).isEqualTo(before);
        assertThat(FundingStage.taskAt(context, started, "completeApplication").getId()).isEqualTo(task.getId());
    }

    // ------------------------------------------------------------------ payment out of turn

    @Test
    void aPaymentIsRefusedUntilTheGrantIsApprovedAndAgreed() {
        FundingStage.Started started = applied(1_600_00, "Toy library", 800_00, false, false);
        long ledgerBefore = ledgerRows(started);

        assertThatThrownBy(() -> pay(started.grantId(), 800_00)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is routed");
        complete("facilitator", Role.FACILITATOR, FundingStage.taskAt(context, started, "lightTouchCheck"),
                Map.of("decision", "approve", "decisionReason", "Fine."));
        assertThatThrownBy(() -> pay(started.grantId(), 800_00)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is approved");
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> {
            payments.recordInstalment(started.grantId(), "payment-task", 800_00, "BACS 1", LocalDate.now());
            return null;
        })).isInstanceOf(AccessDeniedToRole.class);
        assertThat(ledgerRows(started)).as("only the approval's commitment").isEqualTo(ledgerBefore + 1);
        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.APPROVED);

        // a hub or fast-track grant is not paid before its approval either
        Fund fund = chest.createFund("Hub guard fund " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 5_000_00, "Test money", "governance");
        UUID hub = claims.apply(GrantProgramme.HUB_STARTUP, fund.getId(), "Hub " + UUID.randomUUID(),
                "hub@example.org", "Tables", 1_000_00, "applicant");
        assertThatThrownBy(() -> SignedIn.as("governance", "GOVERNANCE", () -> payments.recordInstalment(hub, "payment-task",
                1_000_00, "BACS HUB", LocalDate.now())))
                .isInstanceOf(IllegalStateException.class).hasMessage("Only an approved grant can be paid.");
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where grant_id = ?", Long.class, hub)).isZero();
    }

    // ------------------------------------------------------------------ one lifecycle, three programmes

    @Test
    void aGrantClaimedFromAFundTakesNoJourneyStepsAndTheDatabaseRefusesThemToo() {
        Fund fund = chest.createFund("One lifecycle fund " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 5_000_00, "Test money", "governance");
        UUID hub = claims.apply(GrantProgramme.HUB_STARTUP, fund.getId(), "Hub " + UUID.randomUUID(), "hub@example.org",
                "Tables", 1_000_00, "applicant");
        Map<String, Object> applied = grantRow(hub);
        assertThat(applied).containsEntry("programme", "HUB_STARTUP").containsEntry("status", "APPLIED")
                .containsEntry("route", "FACILITATOR_CHECK").containsEntry("holder", "applicant");
        assertThat(applied.get("journey_id")).isNull();

        // the journey's steps are refused by the entity
        assertThatThrownBy(() -> lifecycle.recordRoute(hub, "PANEL_REVIEW"))
                .hasMessage("A hub start-up grant has no route to choose.");
        assertThatThrownBy(() -> SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordApplication(hub,
                new GrantApplication("Hub", "hub@example.org", 1_000_00, false, false, "Tables"))))
                .hasMessage("A hub start-up grant has no application form.");
        // a panel member cannot decide it: its route is the facilitator's check
        assertThatThrownBy(() -> SignedIn.as("panel", "PANEL", () -> lifecycle.recordDecision(hub, "PANEL_REVIEW", true,
                null))).hasMessage("This grant is on the FACILITATOR_CHECK route, not PANEL_REVIEW.");
        assertThat(grantRow(hub)).isEqualTo(applied);

        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(hub, "FACILITATOR_CHECK", true, null);
            return null;
        });
        assertThat(chest.balance(fund.getId()).reserved()).as("approval reserves in the fund").isEqualTo(1_000_00);
        Map<String, Object> approved = grantRow(hub);
        assertThatThrownBy(() -> SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordAgreement(hub, true)))
                .hasMessage("A hub start-up grant has no agreement.");
        assertThat(grantRow(hub)).isEqualTo(approved);

        // behind the entity, the database: no journey, no agreement, no route but the light-touch one
        assertThatThrownBy(() -> jdbc.update("update chest_grant set status = 'AGREED' where id = ?", hub))
                .hasMessageContaining("chest_grant_programme_shape");
        assertThatThrownBy(() -> jdbc.update("update chest_grant set route = 'PANEL_REVIEW' where id = ?", hub))
                .hasMessageContaining("chest_grant_programme_shape");
        assertThatThrownBy(() -> jdbc.update("update chest_grant set journey_id = ? where id = ?", UUID.randomUUID(), hub))
                .hasMessageContaining("chest_grant_programme_shape");
        assertThat(grantRow(hub)).isEqualTo(approved);

        // paid once, in full or with the rest going back to the fund, through the same payment step
        SignedIn.as("governance", "GOVERNANCE", () -> payments.recordInstalment(hub, "task-1", 800_00, "BACS HUB",
                LocalDate.now()));
        SignedIn.as("governance", "GOVERNANCE", () -> payments.recordInstalment(hub, "task-2", 800_00, "BACS HUB",
                LocalDate.now()));
        assertThat(chest.grant(hub).getStatus()).isEqualTo(GrantStatus.PAID);
        assertThat(chest.balance(fund.getId()).paid()).as("paid once").isEqualTo(800_00);
        assertThat(chest.balance(fund.getId()).reserved()).as("the rest went back").isZero();
        assertThat(chest.balance(fund.getId()).available()).isEqualTo(4_200_00);
    }

    private Map<String, Object> grantRow(UUID grantId) {
        return jdbc.queryForMap("select * from chest_grant where id = ?", grantId);
    }

    // ------------------------------------------------------------------ one group's task, another group's grant

    @Test
    void aScreenCannotUseOneGrantsTaskForAnotherGrant() {
        FundingStage.Started first = FundingStage.toApplication(context, 10_000_00, "First " + UUID.randomUUID());
        FundingStage.Started second = FundingStage.toApplication(context, 10_000_00, "Second " + UUID.randomUUID());
        Task firstsTask = FundingStage.taskAt(context, first, "completeApplication");
        Snapshot firstBefore = snapshot(first);
        Snapshot secondBefore = snapshot(second);

        // the same holder, so only the task's grant stands in the way
        assertThatThrownBy(() -> SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.submit(second.grantId(),
                firstsTask.getId(), GrantDrafts.draft(2_000_00, false, false))))
                .hasMessage("This task is not one this screen can finish; open it from My tasks.");

        assertThat(snapshot(first)).isEqualTo(firstBefore);
        assertThat(snapshot(second)).isEqualTo(secondBefore);
        assertThat(SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.find(second.grantId()))).isEmpty();
        assertThat(FundingStage.taskAt(context, first, "completeApplication").getId()).isEqualTo(firstsTask.getId());
    }

    @Test
    void aTaskOfTheSameJourneyForAnotherGrantIsRefusedByTheGrantsId() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Shared " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        // a second grant in the same journey, without its own task
        UUID otherIdea = ideas.submit(started.journeyId(), new IdeaDraft("Other " + UUID.randomUUID(), "Another idea.",
                1_000_00, Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends", "friends@example.org"), FundingStage.HOLDER);
        UUID otherGrant = chest.openGrant(started.journeyId(), otherIdea);
        Snapshot before = snapshot(started);

        assertThatThrownBy(() -> SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.submit(otherGrant,
                task.getId(), GrantDrafts.draft(500_00, false, false))))
                .hasMessage("This task belongs to another grant; open this grant's task from My tasks.");

        assertThat(snapshot(started)).isEqualTo(before);
        assertThat(chest.grant(otherGrant).getStatus()).isEqualTo(GrantStatus.OPEN);
        assertThat(jdbc.queryForObject("select count(*) from grant_application where grant_id = ?", Long.class, otherGrant))
                .isZero();
        assertThat(FundingStage.taskAt(context, started, "completeApplication").getId()).isEqualTo(task.getId());
    }

    // ------------------------------------------------------------------ other applicants

    @Test
    void anotherApplicantCannotClaimCompleteOrReadTheHoldersApplication() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "Held " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        Snapshot before = snapshot(started);
        EnumSet<Role> applicant = EnumSet.of(Role.APPLICANT);

        assertThat(inbox.find(task.getId(), "someone-else", applicant)).isEmpty();
        assertThat(inbox.find(task.getId(), FundingStage.HOLDER, applicant)).isPresent();
        assertThatThrownBy(() -> inbox.claim(task.getId(), "someone-else", applicant)).isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> inbox.complete(task.getId(), Map.of(), "someone-else", applicant))
                .isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> SignedIn.as("someone-else", "APPLICANT", () -> applications.submit(started.grantId(),
                task.getId(), GrantDrafts.draft(2_000_00, false, false))))
                .isInstanceOf(AccessDeniedToRole.class).hasMessageContaining("held by someone else");
        assertThat(snapshot(started)).isEqualTo(before);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

        SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.submit(started.grantId(), task.getId(),
                GrantDrafts.draft(2_000_00, false, false)));
        for (String role : List.of("APPLICANT", "RESIDENT")) {
            assertThatThrownBy(() -> SignedIn.as("someone-else", role, () -> applications.find(started.grantId())))
                    .as(role).isInstanceOf(AccessDeniedToRole.class).hasMessageContaining("belongs to someone else");
        }
        assertThatThrownBy(() -> applications.find(started.grantId())).as("nobody signed in")
                .isInstanceOf(AccessDeniedToRole.class);
        for (String role : List.of("FACILITATOR", "PANEL", "GOVERNANCE")) {
            assertThat(SignedIn.as("someone-" + role.toLowerCase(), role, () -> applications.find(started.grantId())))
                    .as(role).isPresent();
        }
        assertThat(SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.find(started.grantId()))).isPresent();
    }

    @Test
    void anotherApplicantCannotWithdrawTheHoldersAgreementButAFacilitatorMayAnswerForThem() {
        FundingStage.Started started = applied(1_600_00, "Agreed " + UUID.randomUUID(), 800_00, false, false);
        complete("facilitator", Role.FACILITATOR, FundingStage.taskAt(context, started, "lightTouchCheck"),
                Map.of("decision", "approve", "decisionReason", "Fine."));
        Task agreement = FundingStage.taskAt(context, started, "acceptAgreement");
        Snapshot before = snapshot(started);
        EnumSet<Role> applicant = EnumSet.of(Role.APPLICANT);
        Map<String, Object> withdraw = Map.of("agreementDecision", "withdraw", "withdrawalReason", "Not ours");

        assertThat(inbox.find(agreement.getId(), "someone-else", applicant)).isEmpty();
        assertThatThrownBy(() -> inbox.claim(agreement.getId(), "someone-else", applicant))
                .isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> SignedIn.as("someone-else", "APPLICANT", () -> {
            inbox.complete(agreement.getId(), withdraw, "someone-else", applicant);
            return null;
        })).isInstanceOf(AccessDeniedToRole.class);
        // over the engine's API, signed in as someone else: the chest refuses the answer
        assertThatThrownBy(() -> SignedIn.as("someone-else", "APPLICANT", () -> {
            tasks.complete(agreement.getId(), withdraw);
            return null;
        })).hasMessageContaining("held by someone else");
        assertThat(snapshot(started)).isEqualTo(before);
        assertThat(FundingStage.taskAt(context, started, "acceptAgreement").getId()).isEqualTo(agreement.getId());

        complete("facilitator", Role.FACILITATOR, agreement, Map.of("agreementDecision", "accept"));
        assertThat(chest.grant(started.grantId())).satisfies(grant -> {
            assertThat(grant.getStatus()).isEqualTo(GrantStatus.AGREED);
            assertThat(grant.getAgreedBy()).isEqualTo("facilitator");
            assertThat(grant.isAgreedOnBehalf()).isTrue();
        });
        assertThat(audit.about("grant", started.grantId().toString()))
                .filteredOn(entry -> entry.getAction().equals("grant.agreement-accepted"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getActor()).isEqualTo("facilitator");
                    assertThat(entry.getDetail()).isEqualTo("on behalf of " + FundingStage.HOLDER);
                });
    }

    @Test
    void aFacilitatorMaySendTheApplicationOnTheHoldersBehalfAndItIsRecordedSo() {
        FundingStage.Started started = FundingStage.toApplication(context, 10_000_00, "For them " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        assertThat(inbox.find(task.getId(), "facilitator", EnumSet.of(Role.FACILITATOR))).isPresent();

        SignedIn.asFacilitator(() -> applications.submit(started.grantId(), task.getId(),
                GrantDrafts.draft(2_000_00, false, false)));

        assertThat(chest.grant(started.grantId())).satisfies(grant -> {
            assertThat(grant.getHolder()).isEqualTo(FundingStage.HOLDER);
            assertThat(grant.getAppliedBy()).isEqualTo("facilitator");
            assertThat(grant.isAppliedOnBehalf()).isTrue();
        });
        assertThat(audit.about("grant", started.grantId().toString()))
                .filteredOn(entry -> entry.getAction().equals("grant.application-submitted"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getActor()).isEqualTo("facilitator");
                    assertThat(entry.getDetail()).endsWith("on behalf of " + FundingStage.HOLDER);
                });
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("facilitator");
    }

    // ------------------------------------------------------------------ the same step twice at once

    @Test
    void twoDecisionsAtOnceOnOneGrantOneWinsTheOtherIsRefused() throws Exception {
        UUID grant = routedGrant();
        List<Outcome> outcomes = race(grant, "FACILITATOR",
                () -> lifecycle.recordDecision(grant, "FACILITATOR_CHECK", true, "Fine"));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.refusal()).isInstanceOf(OptimisticLockingFailureException.class));
        assertThat(chest.grant(grant).getStatus()).isEqualTo(GrantStatus.APPROVED);
        assertThat(chest.grant(grant).getVersion()).isEqualTo(versionBefore + 1);
        assertThat(audit.about("grant", grant.toString())).filteredOn(entry -> entry.getAction().equals("grant.approved"))
                .hasSize(1);
        // and afterwards, one at a time: decided is decided
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(grant, "FACILITATOR_CHECK", false, "Changed my mind");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("not waiting for a decision");
    }

    @Test
    void twoPaymentsAtOnceOnOneGrantPayOnce() throws Exception {
        UUID grant = routedGrant();
        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(grant, "FACILITATOR_CHECK", true, "Fine");
            return null;
        });
        SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordAgreement(grant, true));

        List<Outcome> outcomes = race(grant, "GOVERNANCE",
                () -> payments.recordInstalment(grant, "payment-task-" + UUID.randomUUID(), 80_000, "BACS race", LocalDate.now()));

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.refusal()).hasMessageContaining("more than is left"));
        assertThat(chest.grant(grant).getStatus()).isEqualTo(GrantStatus.PAID);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where grant_id = ? and kind = 'PAYMENT'",
                Long.class, grant)).isEqualTo(1);
        assertThat(audit.about("grant", grant.toString())).filteredOn(entry -> entry.getAction().equals("grant.paid"))
                .hasSize(1);
    }

    // ------------------------------------------------------------------ inside

    private long versionBefore;

    /** A journey grant applied for by its holder and routed to the light-touch check, outside the engine. */
    private UUID routedGrant() {
        Journey journey = Journeys.launch(journeys, 500_000);
        chest.reserveJourneyBudget(journey.getId(), 500_000, "facilitator");
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("applicant", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Race " + UUID.randomUUID(), "Two at once", 80_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Racers", "race@example.org"), "applicant"));
        UUID grant = chest.openGrant(journey.getId(), idea);
        SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordApplication(grant,
                new GrantApplication("Racers", "race@example.org", 80_000, false, false, "Kit")));
        lifecycle.recordRoute(grant, "FACILITATOR_CHECK");
        versionBefore = chest.grant(grant).getVersion();
        return grant;
    }

    record Outcome(boolean won, Throwable refusal) {
    }

    /**
     * Two people do the step at the same moment: each in its own transaction on its own thread
     * reads the grant, both wait until both have read it, then both do the step.
     */
    private List<Outcome> race(UUID grant, String role, Runnable step) throws Exception {
        CyclicBarrier bothRead = new CyclicBarrier(2);
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> results = new ArrayList<>();
            for (int person = 1; person <= 2; person++) {
                String username = role.toLowerCase() + "-" + person;
                results.add(pool.submit(() -> SignedIn.as(username, role, () -> {
                    try {
                        inTransaction.executeWithoutResult(status -> {
                            grantRows.findById(grant).orElseThrow();
                            await(bothRead);
                            step.run();
                        });
                        return new Outcome(true, null);
                    } catch (RuntimeException refused) {
                        return new Outcome(false, refused);
                    }
                })));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    /** A grant sent by its holder (and so routed) from a fresh funding stage. */
    private FundingStage.Started applied(long budget, String title, long asked, boolean vulnerable, boolean firstTime) {
        FundingStage.Started started = FundingStage.toApplication(context, budget, title + " " + UUID.randomUUID());
        Task task = FundingStage.taskAt(context, started, "completeApplication");
        SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.submit(started.grantId(), task.getId(),
                GrantDrafts.draft(asked, vulnerable, firstTime)));
        return started;
    }

    private void complete(String username, Role role, Task task, Map<String, Object> values) {
        SignedIn.as(username, role.name(), () -> {
            inbox.complete(task.getId(), values, username, EnumSet.of(role));
            return null;
        });
    }

    private void pay(UUID grant, long pence) {
        SignedIn.as("governance", "GOVERNANCE", () -> {
            payments.recordInstalment(grant, "payment-task", pence, "BACS out of turn", LocalDate.now());
            return null;
        });
    }

    /** The grant's row, its journey's ledger and the process's open tasks, as stored. */
    record Snapshot(Map<String, Object> grant, long ledgerRows, List<String> openTasks, long applications) {
    }

    private Snapshot snapshot(FundingStage.Started started) {
        return new Snapshot(jdbc.queryForMap("select * from chest_grant where id = ?", started.grantId()),
                ledgerRows(started),
                tasks.createTaskQuery().processInstanceId(started.processInstanceId()).orderByTaskId().asc().list().stream()
                        .map(task -> task.getId() + ":" + task.getTaskDefinitionKey() + ":" + task.getAssignee()).toList(),
                jdbc.queryForObject("select count(*) from grant_application where grant_id = ?", Long.class,
                        started.grantId()));
    }

    private long ledgerRows(FundingStage.Started started) {
        return jdbc.queryForObject("select count(*) from ledger_entry where journey_id = ? or grant_id = ?", Long.class,
                started.journeyId(), started.grantId());
    }

    private static Map<FundingPrinciple, Integer> scores() {
        Map<FundingPrinciple, Integer> scores = new EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            scores.put(principle, 4);
        }
        return scores;
    }

    private static Map<FundingPrinciple, String> comments() {
        Map<FundingPrinciple, String> comments = new EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            comments.put(principle, "On " + principle.label() + ".");
        }
        return comments;
    }
}
