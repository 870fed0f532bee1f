// Over 400 lines: one test class per model (camunda-bpm-examples); the journey model has every path of BRIEF section 3.
package org.communityjourneys.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.support.GrantDrafts;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.domain.ShortlistChoice;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.AssetNote;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Drives processes/community-journey.bpmn on the real engine and the real services, path by
 * path. The job executor is off in tests: async steps and timers are run with
 * {@link ManagementService#executeJob}. The coverage listener fails the class below 90%.
 */
@SpringBootTest(properties = ProcessCoverageProperties.ENABLED + "=true")
@ActiveProfiles("test")
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CommunityJourneyProcessTest {

    static final String PROCESS = "community-journey";
    static final ZoneId COUNTY = ZoneId.of("Europe/London");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcase;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    ChestService chest;
    @Autowired
    LearningReviewService reviews;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GrantApplicationService applicationScreen;
    @Autowired
    org.communityjourneys.tasks.service.TaskInbox inbox;
    @Autowired
    GrantPanelService panelScreens;
    @Autowired
    org.communityjourneys.identity.service.AccountService accounts;

    @BeforeEach
    void useThisEngine() {
        init(engine);
    }

    // ------------------------------------------------------------------------------------ paths

    @Test
    void aJourneyRunsFromLaunchToCloseWithRealRecords() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ProcessInstance instance = instanceOf(journey);
        assertThat(instance).hasPassed("reserveBudget").isWaitingAt("recordShowcase");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.SHOWCASE);
        assertThat(chest.reservedFor(journey.getId())).isEqualTo(500_000);

        recordConversation(journey, "Leominster library");
        recordConversation(journey, "Grange community centre");
        complete(instance, "recordShowcase", Map.of());
        assertThat(showcase.count(journey.getId())).isEqualTo(2);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("showcaseConversations").singleResult().getValue()).isEqualTo(2L);
        assertThat(instance).isWaitingAt("ideasWindowOpen");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.IDEAS);
        assertThat(ideas.isWindowOpen(journey.getId())).isTrue();

        UUID babyBank = submit(journey, "Baby bank", 80_000, Theme.BEST_START_IN_LIFE);
        UUID tooBig = submit(journey, "New play park", 600_000, Theme.BEST_START_IN_LIFE);

        runtime.createMessageCorrelation("CloseIdeasEarly").processInstanceBusinessKey(journey.getId().toString()).correlate();
        runAsyncSteps(instance);
        assertThat(ideas.isWindowOpen(journey.getId())).isFalse();
        assertThat(instance).hasPassed("closeIdeasEarly").hasNotPassed("ideasDeadline");
        assertThat(instance).isWaitingAt("confirmShortlist");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.SHORTLIST);
        assertThat(ideas.get(babyBank).getStatus()).isEqualTo(IdeaStatus.ELIGIBLE);
        assertThat(ideas.get(tooBig).getStatus()).isEqualTo(IdeaStatus.INELIGIBLE);

        assertThat(ideas.get(tooBig).getChecks()).filteredOn(check -> !check.passed())
                .extracting(check -> check.check()).containsExactly("Journey budget");
        Task shortlistTask = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("confirmShortlist").initializeFormKeys().singleResult();
        assertThat(shortlistTask.getFormKey()).isEqualTo("screen:shortlist");
        remind(instance, shortlistTask);
        asFacilitator(() -> ideas.confirmShortlistOnScreen(journey.getId(), shortlistTask.getId(), List.of(
                new ShortlistChoice(babyBank, true, null),
                new ShortlistChoice(tooBig, false, "Play park is for the council."))));
        runAsyncSteps(instance);
        assertThat(instance).hasPassed("confirmShortlist");
        assertThat(ideas.get(babyBank).getStatus()).isEqualTo(IdeaStatus.SHORTLISTED);
        assertThat(ideas.get(tooBig).getStatus()).isEqualTo(IdeaStatus.EXCLUDED);
        assertThat(ideas.get(tooBig).getDecisionReason()).isEqualTo("Play park is for the council.");
        assertThat(ideas.get(tooBig).getEligibilityReason()).contains("whole budget");

        runVote(instance, journey, Map.of("resident", List.of(babyBank)));
        assertThat(votes.winners(journey.getId())).containsExactly(babyBank);
        assertThat(instance).isWaitingAt("certifyResult");
        complete(instance, "certifyResult", Map.of("resultDecision", "certify"));
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.FUNDING);
        assertThat(votes.certificationOf(journey.getId())).isPresent();
        assertThat(instance).isWaitingAt("completeApplication");

        Task applicationTask = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("completeApplication").initializeFormKeys().singleResult();
        assertThat(applicationTask.getFormKey()).isEqualTo("screen:grant-application");
        applyFor(instance, babyBank, 800, false, false);
        assertThat(instance).isWaitingAt("lightTouchCheck");
        completeAs("facilitator", Role.FACILITATOR, instance, "lightTouchCheck", decision("approve", "The group runs it already."));
        completeAs("applicant", Role.APPLICANT, instance, "acceptAgreement", Map.of("agreementDecision", "accept"));
        completeAs("governance", Role.GOVERNANCE, instance, "recordPayment", payment(800.0));
        assertThat(instance).isWaitingAt("learningReviewDue");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.LEARNING);

        fireTimer(instance, "learningReviewDue");
        UUID grantId = onlyGrant(journey).getId();
        Task reportTask = tasksAt(instance, "sendLearningReport").get(0);
        assertThat(formKeyOf(reportTask)).isEqualTo("screen:learning-report");
        assertThat(reviews.request(grantId)).get().satisfies(request -> {
            assertThat(request.getHolder()).isEqualTo("applicant");
            assertThat(request.getTaskId()).isEqualTo(reportTask.getId());
        });
        remind(instance, reportTask);
        // the model goes no further without a filed report: the task completed with bare variables,
        // as over the engine's API, is refused and changes nothing
        assertThatThrownBy(() -> tasks.complete(reportTask.getId(), report()))
                .hasMessageContaining("No learning report has been filed for this grant yet");
        assertThat(tasksAt(instance, "sendLearningReport")).extracting(Task::getId).containsExactly(reportTask.getId());
        assertThat(runtime.getVariable(instance.getId(), "whatHappened")).isNull();
        assertThat(reviews.reportFor(grantId)).isEmpty();
        assertThatThrownBy(() -> SignedIn.as("someone-else", "APPLICANT",
                () -> fileReport(grantId, reportTask.getId())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not yours");
        SignedIn.as("applicant", "APPLICANT", () -> fileReport(grantId, reportTask.getId()));
        runAsyncSteps(instance);
        Task reviewTask = tasksAt(instance, "reviewLearningReport").get(0);
        assertThat(formKeyOf(reviewTask)).isEqualTo("screen:review-learning-report");
        remind(instance, reviewTask);
        assertThatThrownBy(() -> tasks.complete(reviewTask.getId(), Map.of("reviewDecision", "accept")))
                .hasMessageContaining("has not been reviewed yet");
        assertThat(tasksAt(instance, "reviewLearningReport")).extracting(Task::getId).containsExactly(reviewTask.getId());
        assertThat(reviews.reportFor(grantId)).get().extracting(report -> report.getOutcome()).isEqualTo(ReportOutcome.SUBMITTED);
        SignedIn.asFacilitator(() -> review(grantId, reviewTask.getId(), false, "How many families came?"));
        runAsyncSteps(instance);
        assertThat(instance).isWaitingAt("answerClarification");
        Task answerTask = tasksAt(instance, "answerClarification").get(0);
        remind(instance, answerTask);
        SignedIn.as("applicant", "APPLICANT", () -> fileReport(grantId, answerTask.getId()));
        runAsyncSteps(instance);
        assertThat(instance).isWaitingAt("reviewClarifiedReport");
        Task acceptTask = tasksAt(instance, "reviewClarifiedReport").get(0);
        remind(instance, acceptTask);
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> review(grantId, acceptTask.getId(), false, "And another?")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already asked");
        SignedIn.asFacilitator(() -> review(grantId, acceptTask.getId(), true, null));
        runAsyncSteps(instance);

        assertThat(instance).isEnded().hasPassed("learningReviewed", "releaseUnspent", "journeyClosed");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.CLOSED);
        Grant grant = onlyGrant(journey);
        assertThat(grant.getStatus()).isEqualTo(GrantStatus.REPORTED);
        assertThat(chest.ledgerOfJourney(journey.getId()))
                .filteredOn(entry -> entry.getKind() == LedgerEntryKind.PAYMENT)
                .singleElement().satisfies(entry -> assertThat(entry.getAmountPence()).isEqualTo(80_000));
        assertThat(chest.reservedFor(journey.getId())).isZero();
        assertThat(reviews.reportFor(grant.getId())).isPresent();
        assertThat(remindersSent(instance)).contains("Record showcase conversation", "Confirm shortlist",
                "Certify vote result", "Complete grant application", "Light-touch check", "Accept grant agreement",
                "Record payment", "Send learning report", "Review learning report",
                "Answer the facilitator's question", "Accept the clarified report");
    }

    @Test
    void notEnoughInTheChestRefusesTheLaunch() {
        // more than every fund holds together, whatever other classes sharing this database left
        long moreThanTheChestHolds = chest.balances().stream().mapToLong(FundBalance::available).sum() + 100;
        Journey journey = Journeys.launch(journeys, moreThanTheChestHolds);

        assertThat(instanceOf(journey)).as("the process ended within the launch").isNull();
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(journey.getId().toString()).singleResult();
        assertThat(process.getEndActivityId()).isEqualTo("launchRefused");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId("recordShowcase").count()).isZero();
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.LAUNCH_REFUSED);
        assertThat(chest.reservedFor(journey.getId())).isZero();
        HistoricVariableInstance reason = history.createHistoricVariableInstanceQuery()
                .processInstanceId(process.getId()).variableName("launchRefusedReason").singleResult();
        assertThat((String) reason.getValue()).startsWith("Not enough left in");
    }

    @Test
    void theIdeasDeadlineClosesTheWindowAndNoEligibleIdeaEndsTheJourney() {
        Journey journey = Journeys.launch(journeys, 200_000);
        ProcessInstance instance = instanceOf(journey);
        runAsyncSteps(instance);
        finishShowcase(instance, journey, "Market hall");
        UUID offTheme = submit(journey, "Men's shed", 50_000, Theme.LONELINESS_AND_ISOLATION);

        fireTimer(instance, "ideasDeadline");
        assertThat(instance).hasPassed("ideasDeadline").hasNotPassed("closeIdeasEarly");
        assertThat(ideas.isWindowOpen(journey.getId())).isFalse();
        complete(instance, "confirmShortlist", Map.of());
        runAsyncSteps(instance);

        assertThat(instance).isEnded().hasPassed("releaseBudgetNoIdeas", "noEligibleIdeas").hasNotPassed("voteOpens");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.NO_ELIGIBLE_IDEAS);
        assertThat(ideas.get(offTheme).getStatus()).isEqualTo(IdeaStatus.EXCLUDED);
        assertThat(ideas.get(offTheme).getEligibilityReason()).contains("theme");
        assertThat(chest.reservedFor(journey.getId())).isZero();
    }

    @Test
    void aRecountThenPanelAndBoardDecideInParallelWhileAnUnpaidGrantIsEscalated() {
        Journey journey = Journeys.launch(journeys, 800_000);
        ProcessInstance instance = instanceOf(journey);
        runAsyncSteps(instance);
        finishShowcase(instance, journey, "St Peter's hall");
        // each winning idea's author holds its grant: two verified residents of the ward who apply
        for (String holder : List.of("applicant-play", "applicant-peers")) {
            accounts.ensureAccount(holder, "Holder " + holder, "a long password",
                    java.util.EnumSet.of(Role.RESIDENT, Role.APPLICANT), Journeys.WARD, true);
        }
        UUID playSessions = submit(journey, "Stay and play sessions", 300_000, Theme.BEST_START_IN_LIFE, "applicant-play");
        UUID parentPeers = submit(journey, "Parent peer support", 200_000, Theme.BEST_START_IN_LIFE, "applicant-peers");
        Map<UUID, String> holders = Map.of(playSessions, "applicant-play", parentPeers, "applicant-peers");
        closeIdeasEarly(journey, instance);
        complete(instance, "confirmShortlist", Map.of());
        runVote(instance, journey, Map.of("resident", List.of(playSessions), "applicant", List.of(parentPeers)));

        // the certification screen: a recount needs a reason; then the facilitator certifies
        assertThatThrownBy(() -> onCertifyScreen(instance, journey, false, " "))
                .hasMessage("Say why the ballots must be counted again.");
        onCertifyScreen(instance, journey, false, "Paper ballots missing");
        assertThat(instance).isWaitingAt("certifyResult");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("tallyVotes").count()).isEqualTo(2);
        assertThat(votes.certificationOf(journey.getId())).hasValueSatisfying(c -> assertThat(c.getCertifiedBy()).isNull());
        onCertifyScreen(instance, journey, true, null);
        assertThat(votes.certificationOf(journey.getId())).hasValueSatisfying(c -> {
            assertThat(c.getCertifiedBy()).isEqualTo("facilitator");
            assertThat(c.getPublishedAt()).isNotNull();
        });
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("certificationNote").singleResult().getValue()).isEqualTo("Paper ballots missing");
        assertThat(tasksAt(instance, "completeApplication")).hasSize(2);

        applyAs(holders.get(playSessions), instance, playSessions, 3_000, false, false);
        applyAs(holders.get(parentPeers), instance, parentPeers, 2_000, true, true);
        assertThat(instance).isWaitingAt("panelReview", "boardReferral");
        assertThat(tasksAt(instance, "panelReview")).as("two panel members score").hasSize(2);

        fireTimer(instance, "distributionDeadlinePassed");
        assertThat(tasksAt(instance, "resolveUnpaidGrant")).hasSize(1);
        completeAs("governance", Role.GOVERNANCE, instance, "resolveUnpaidGrant",
                Map.of("resolution", "PAY_NOW", "resolutionNote", "Paying this week."));
        assertThat(instance).hasPassed("unpaidGrantResolved");

        fireTimer(instance, "panelReviewReminder");
        UUID playGrant = grantFor(instance, "panelReview", playSessions);
        List<Task> scorings = tasksAt(instance, "panelReview");
        onScreen("panel-one", "PANEL", () -> panelScreens.score(playGrant, scorings.get(0).getId(), scores(5, 4), comments()));
        assertThatThrownBy(() -> onScreen("panel-one", "PANEL",
                () -> panelScreens.score(playGrant, scorings.get(1).getId(), scores(1, 1), comments())))
                .hasMessageContaining("already scored");
        assertThat(instance).isWaitingAt("panelReview");
        onScreen("panel-two", "PANEL", () -> panelScreens.score(playGrant, scorings.get(1).getId(), scores(3, 4), comments()));
        runAsyncSteps(instance);
        assertThat(instance).isWaitingAt("panelChair");
        Task chairTask = tasksAt(instance, "panelChair").get(0);
        onScreen("panel-chair", "PANEL", () -> panelScreens.chairDecides(playGrant, chairTask.getId(), true,
                "Strong on all five principles."));
        runAsyncSteps(instance);
        UUID peersGrant = grantFor(instance, "boardReferral", parentPeers);
        Task boardTask = taskFor(instance, "boardReferral", parentPeers);
        remind(instance, boardTask);
        onScreen("governance", "GOVERNANCE", () -> panelScreens.boardDecides(peersGrant, boardTask.getId(), true,
                "Safeguarding plan in place."));
        runAsyncSteps(instance);
        for (UUID idea : List.of(playSessions, parentPeers)) {
            completeForAs(holders.get(idea), Role.APPLICANT, instance, "acceptAgreement", idea,
                    Map.of("agreementDecision", "accept"));
        }
        completeForAs("governance", Role.GOVERNANCE, instance, "recordPayment", playSessions, payment(3_000.0));
        completeForAs("governance", Role.GOVERNANCE, instance, "recordPayment", parentPeers, payment(2_000.0));
        for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).activityId("learningReviewDue").list()) {
            management.executeJob(timer.getId());
        }
        for (UUID idea : List.of(playSessions, parentPeers)) {
            UUID grantId = chest.grantsOf(journey.getId()).stream().filter(grant -> grant.getIdeaId().equals(idea))
                    .findFirst().orElseThrow().getId();
            assertThat(reviews.request(grantId)).get().extracting(request -> request.getHolder())
                    .isEqualTo(holders.get(idea));
            Task reportTask = taskFor(instance, "sendLearningReport", idea);
            remind(instance, reportTask);
            SignedIn.as(holders.get(idea), "APPLICANT", () -> fileReport(grantId, reportTask.getId()));
            runAsyncSteps(instance);
            Task reviewTask = taskFor(instance, "reviewLearningReport", idea);
            remind(instance, reviewTask);
            SignedIn.asFacilitator(() -> review(grantId, reviewTask.getId(), true, null));
            runAsyncSteps(instance);
        }
        runAsyncSteps(instance);

        assertThat(instance).isEnded();
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.CLOSED);
        assertThat(chest.grantsOf(journey.getId())).extracting(Grant::getRoute, Grant::getStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PANEL_REVIEW", GrantStatus.REPORTED),
                        org.assertj.core.groups.Tuple.tuple("BOARD_REFERRAL", GrantStatus.REPORTED));
        assertThat(chest.ledgerOfJourney(journey.getId())).filteredOn(entry -> entry.getKind() == LedgerEntryKind.PAYMENT)
                .hasSize(2);
    }

    @Test
    void extendingTheVoteMovesItsClosingTimerAndIsAudited() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ProcessInstance instance = instanceOf(journey);
        runAsyncSteps(instance);
        finishShowcase(instance, journey, "Scout hut");
        UUID lunchClub = submit(journey, "Lunch club", 60_000, Theme.BEST_START_IN_LIFE);
        closeIdeasEarly(journey, instance);
        complete(instance, "confirmShortlist", Map.of());
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.extendClose(journey.getId(), journey.getVoteClosesAt().plusSeconds(3600), "facilitator")))
                .hasMessage("Only an open vote can be extended.");
        fireTimer(instance, "voteOpens");
        Instant closes = journeys.get(journey.getId()).getVoteClosesAt();
        assertThat(closeTimer(instance).getDuedate().toInstant()).isEqualTo(closes.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.extendClose(journey.getId(), closes.minusSeconds(60), "facilitator")))
                .hasMessage("The new closing time must be later than the current one.");
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.extendClose(journey.getId(), closes, "facilitator")))
                .hasMessage("The new closing time must be later than the current one.");
        assertThat(closeTimer(instance).getDuedate().toInstant()).isEqualTo(closes.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        Instant later = closes.plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // the vote is about to close by the database's clock when the facilitator extends it
        jdbc.update("update vote_window set closes_at = clock_timestamp() + interval '1 second' where journey_id = ?", journey.getId());
        SignedIn.as("facilitator", "FACILITATOR", () -> votes.extendClose(journey.getId(), later, "facilitator"));
        assertThat(closeTimer(instance).getDuedate().toInstant()).isEqualTo(later);
        assertThat(journeys.get(journey.getId()).getVoteClosesAt()).isEqualTo(later);
        assertThat(jdbc.queryForObject("select closes_at from vote_window where journey_id = ?", java.sql.Timestamp.class,
                journey.getId()).toInstant()).as("what each ballot is judged against").isEqualTo(later);
        try {
            Thread.sleep(1_100); // past the time it would have closed at
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        assertThat(runtime.getVariable(instance.getId(), "voteClosesAt")).isEqualTo(java.util.Date.from(later));
        assertThat(jdbc.queryForList("select actor from audit_entry where action = 'vote.extended' and subject_id = ?",
                String.class, journey.getId().toString())).containsExactly("facilitator");

        SignedIn.as("resident", "RESIDENT", () -> votes.cast(journey.getId(), "resident", BallotChoice.picking(List.of(lunchClub))));
        fireTimer(instance, "voteCloses");
        assertThat(votes.isOpen(journey.getId())).isFalse();
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.extendClose(journey.getId(), later.plusSeconds(3600), "facilitator")))
                .hasMessage("Only an open vote can be extended.");
        assertThat(instance).isWaitingAt("certifyResult");
    }

    private Job closeTimer(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId("voteCloses").singleResult();
    }

    /** The certification screen's decision, as the signed-in facilitator (reminder fired first). */
    private void onCertifyScreen(ProcessInstance instance, Journey journey, boolean correct, String note) {
        List<Task> open = tasksAt(instance, "certifyResult");
        assertThat(open).hasSize(1);
        remind(instance, open.get(0));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "facilitator", null, List.of(new SimpleGrantedAuthority("ROLE_FACILITATOR"))));
        try {
            SignedIn.as("facilitator", "FACILITATOR", () -> votes.decideResult(journey.getId(), open.get(0).getId(), correct, note, "facilitator"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        runAsyncSteps(instance);
    }

    @Test
    void aDeclinedGrantAndAWithdrawnGrantEndTheirFunding() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ProcessInstance instance = instanceOf(journey);
        runAsyncSteps(instance);
        finishShowcase(instance, journey, "Primary school");
        UUID declined = submit(journey, "Nappy library", 70_000, Theme.BEST_START_IN_LIFE);
        UUID withdrawn = submit(journey, "Toddler music", 90_000, Theme.BEST_START_IN_LIFE);
        closeIdeasEarly(journey, instance);
        complete(instance, "confirmShortlist", Map.of());
        runVote(instance, journey, Map.of("resident", List.of(declined, withdrawn)));
        complete(instance, "certifyResult", Map.of("resultDecision", "certify"));

        applyFor(instance, declined, 700, false, false);
        applyFor(instance, withdrawn, 900, false, false);
        completeForAs("facilitator", Role.FACILITATOR, instance, "lightTouchCheck", declined,
                decision("reject", "The library already lends nappies."));
        completeForAs("facilitator", Role.FACILITATOR, instance, "lightTouchCheck", withdrawn, decision("approve", "Good fit."));
        completeForAs("applicant", Role.APPLICANT, instance, "acceptAgreement", withdrawn,
                Map.of("agreementDecision", "withdraw", "withdrawalReason", "Our music leader moved away."));
        runAsyncSteps(instance);

        assertThat(instance).isEnded().hasPassed("grantDeclined", "withdrawGrant", "grantWithdrawn", "journeyClosed")
                .hasNotPassed("recordPayment");
        assertThat(chest.grantsOf(journey.getId())).extracting(Grant::getStatus)
                .containsExactlyInAnyOrder(GrantStatus.DECLINED, GrantStatus.WITHDRAWN);
        assertThat(chest.grantsOf(journey.getId())).extracting(Grant::getDecisionReason)
                .contains("The library already lends nappies.", "Our music leader moved away.");
        assertThat(chest.reservedFor(journey.getId())).isZero();
    }

    @Test
    void withdrawingTheJourneyReleasesItsBudget() {
        Journey journey = Journeys.launch(journeys, 300_000);
        ProcessInstance instance = instanceOf(journey);
        runAsyncSteps(instance);
        assertThat(chest.reservedFor(journey.getId())).isEqualTo(300_000);

        runtime.createMessageCorrelation("JourneyWithdrawn").processInstanceBusinessKey(journey.getId().toString()).correlate();
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.WITHDRAWN);
        runAsyncSteps(instance);

        assertThat(instance).isEnded().hasPassed("releaseBudgetOnWithdrawal", "journeyWithdrawnEnd");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(chest.reservedFor(journey.getId())).isZero();
    }

    @Test
    void aScreenFinishesOnlyItsOwnJourneysTask() {
        Journey first = Journeys.launch(journeys, 100_000);
        Journey second = Journeys.launch(journeys, 100_000);
        ProcessInstance firstInstance = instanceOf(first);
        ProcessInstance secondInstance = instanceOf(second);
        runAsyncSteps(firstInstance);
        runAsyncSteps(secondInstance);
        recordConversation(first, "Church hall");
        recordConversation(second, "Fire station");
        Task firstTask = tasksAt(firstInstance, "recordShowcase").get(0);
        assertThat(journeys.findByIdText(first.getId().toString())).map(Journey::getId).contains(first.getId());
        assertThat(journeys.findByIdText("not-a-journey")).isEmpty();
        assertThat(journeys.findByIdText(UUID.randomUUID().toString())).isEmpty();

        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            showcase.finish(second.getId(), firstTask.getId());
            return null;
        })).hasMessage("This task is not one this screen can finish; open it from My tasks.");
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            SignedIn.as("facilitator", "FACILITATOR", () -> votes.decideResult(first.getId(), firstTask.getId(), false, "Count again", "facilitator"));
            return null;
        })).hasMessage("This task is not one this screen can finish; open it from My tasks.");
        assertThat(firstInstance).isWaitingAt("recordShowcase");
        assertThat(secondInstance).isWaitingAt("recordShowcase");

        SignedIn.asFacilitator(() -> {
            showcase.finish(first.getId(), firstTask.getId());
            return null;
        });
        assertThat(firstInstance).hasPassed("recordShowcase");
        assertThat(secondInstance).isWaitingAt("recordShowcase");
    }

    @Test
    void theShowcaseCannotFinishWithoutAConversation() {
        Journey journey = Journeys.launch(journeys, 100_000);
        ProcessInstance instance = instanceOf(journey);
        runAsyncSteps(instance);
        Task task = tasksAt(instance, "recordShowcase").get(0);

        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of()))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessage("Record at least one showcase conversation before finishing the showcase stage.");
        assertThat(instance).isWaitingAt("recordShowcase");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.SHOWCASE);

        runtime.createMessageCorrelation("JourneyWithdrawn").processInstanceBusinessKey(journey.getId().toString()).correlate();
        runAsyncSteps(instance);
        assertThat(instance).isEnded();
    }

    // ------------------------------------------------------------------------------------ steps

    private ProcessInstance instanceOf(Journey journey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(journey.getId().toString()).singleResult();
    }

    private JourneyStage stageOf(Journey journey) {
        return journeys.get(journey.getId()).getStage();
    }

    /** Runs the async continuations (not timers) until the process waits for a person or a timer. */
    private void runAsyncSteps(ProcessInstance instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("The process kept creating async steps");
    }

    private void fireTimer(ProcessInstance instance, String activityId) {
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .list().get(0);
        management.executeJob(timer.getId());
        runAsyncSteps(instance);
    }

    /** Lets the task's reminder timer fire once, then completes the task with the form's values. */
    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
        List<Task> open = tasksAt(instance, taskKey);
        assertThat(open).as("open %s tasks", taskKey).hasSize(1);
        remind(instance, open.get(0));
        tasks.complete(open.get(0).getId(), values);
        runAsyncSteps(instance);
    }

    /** As {@link #complete}, but through the task inbox as a signed-in person with the task's role. */
    private void completeAs(String username, Role role, ProcessInstance instance, String taskKey, Map<String, Object> values) {
        List<Task> open = tasksAt(instance, taskKey);
        assertThat(open).as("open %s tasks", taskKey).hasSize(1);
        remind(instance, open.get(0));
        inboxComplete(username, role, open.get(0), values);
        runAsyncSteps(instance);
    }

    /** As {@link #completeFor}, through the task inbox as a signed-in person with the task's role. */
    private void completeForAs(String username, Role role, ProcessInstance instance, String taskKey, UUID ideaId,
            Map<String, Object> values) {
        Task task = taskFor(instance, taskKey, ideaId);
        remind(instance, task);
        inboxComplete(username, role, task, values);
        runAsyncSteps(instance);
    }

    private void inboxComplete(String username, Role role, Task task, Map<String, Object> values) {
        SignedIn.as(username, role.name(), () -> {
            inbox.complete(task.getId(), values, username, java.util.EnumSet.of(role));
            return null;
        });
    }

    /** The same, for the task of one winning idea's funding. */
    private void completeFor(ProcessInstance instance, String taskKey, UUID ideaId, Map<String, Object> values) {
        Task task = taskFor(instance, taskKey, ideaId);
        remind(instance, task);
        tasks.complete(task.getId(), values);
        runAsyncSteps(instance);
    }

    private Task taskFor(ProcessInstance instance, String taskKey, UUID ideaId) {
        return tasksAt(instance, taskKey).stream()
                .filter(candidate -> ideaId.toString().equals(tasks.getVariable(candidate.getId(), "ideaId")))
                .findFirst().orElseThrow(() -> new AssertionError("No " + taskKey + " task for idea " + ideaId));
    }

    private UUID grantFor(ProcessInstance instance, String taskKey, UUID ideaId) {
        return UUID.fromString(tasks.getVariable(taskFor(instance, taskKey, ideaId).getId(), "grantId").toString());
    }

    /** The applicant's application screen, for one winning idea's grant (reminder fired first). */
    private void applyFor(ProcessInstance instance, UUID ideaId, long pounds, boolean childrenOrVulnerableAdults,
            boolean firstTimeGroup) {
        applyAs("applicant", instance, ideaId, pounds, childrenOrVulnerableAdults, firstTimeGroup);
    }

    /** The same, by a named applicant: the grant's holder for its learning report. */
    private void applyAs(String username, ProcessInstance instance, UUID ideaId, long pounds,
            boolean childrenOrVulnerableAdults, boolean firstTimeGroup) {
        Task task = taskFor(instance, "completeApplication", ideaId);
        remind(instance, task);
        UUID grantId = grantFor(instance, "completeApplication", ideaId);
        onScreen(username, "APPLICANT", () -> applicationScreen.submit(grantId, task.getId(),
                GrantDrafts.draft(pounds * 100, childrenOrVulnerableAdults, firstTimeGroup)));
        runAsyncSteps(instance);
    }

    private static void onScreen(String username, String role, Runnable call) {
        SignedIn.as(username, role, () -> {
            call.run();
            return null;
        });
    }

    private static Map<FundingPrinciple, Integer> scores(int first, int rest) {
        Map<FundingPrinciple, Integer> scores = new java.util.EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            scores.put(principle, principle.ordinal() == 0 ? first : rest);
        }
        return scores;
    }

    private static Map<FundingPrinciple, String> comments() {
        Map<FundingPrinciple, String> comments = new java.util.EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            comments.put(principle, "Clear on " + principle.label().toLowerCase() + ".");
        }
        return comments;
    }

    /** Fires the reminder timer on the task (each parallel grant's task has its own). */
    private void remind(ProcessInstance instance, Task task) {
        management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(task.getTaskDefinitionKey() + "Reminder").list().stream()
                .filter(job -> task.getExecutionId().equals(job.getExecutionId()))
                .findFirst()
                .ifPresent(job -> management.executeJob(job.getId()));
    }

    private List<Task> tasksAt(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    }

    private List<String> remindersSent(ProcessInstance instance) {
        List<String> names = new ArrayList<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("remindAbout")
                .list().forEach(variable -> names.add((String) variable.getValue()));
        return names;
    }

    /** Runs the call as a signed-in facilitator, as the shortlist screen does. */
    private static void asFacilitator(Runnable call) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "facilitator", null, List.of(new SimpleGrantedAuthority(Role.FACILITATOR.authority()))));
        try {
            call.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void closeIdeasEarly(Journey journey, ProcessInstance instance) {
        runtime.createMessageCorrelation("CloseIdeasEarly").processInstanceBusinessKey(journey.getId().toString()).correlate();
        runAsyncSteps(instance);
    }

    /** Opens the vote, casts one ballot per resident (ticked ideas), closes it: the close counts the ballots. */
    private void runVote(ProcessInstance instance, Journey journey, Map<String, List<UUID>> ballots) {
        assertThat(instance).isWaitingAt("voteOpens");
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.VOTE_SCHEDULED);
        fireTimer(instance, "voteOpens");
        assertThat(votes.isOpen(journey.getId())).isTrue();
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.VOTE);
        ballots.forEach((resident, picks) -> SignedIn.as(resident, "RESIDENT", () -> votes.cast(journey.getId(), resident, BallotChoice.picking(picks))));
        fireTimer(instance, "voteCloses");
        assertThat(votes.isOpen(journey.getId())).isFalse();
        assertThat(stageOf(journey)).isEqualTo(JourneyStage.CERTIFICATION);
    }

    private Grant onlyGrant(Journey journey) {
        List<Grant> grants = chest.grantsOf(journey.getId());
        assertThat(grants).hasSize(1);
        return grants.get(0);
    }

    /** An idea by "applicant", who then holds its grant if it wins. */
    private UUID submit(Journey journey, String title, long costPence, Theme theme) {
        return submit(journey, title, costPence, theme, "applicant");
    }

    private UUID submit(Journey journey, String title, long costPence, Theme theme, String author) {
        return SignedIn.as(author, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(title, title + " for families in the ward.", costPence, theme,
                Journeys.WARD, "Friends of " + title, "hello@example.org"), author));
    }

    // ------------------------------------------------------------------------------------ showcase, as the screen records it

    private void recordConversation(Journey journey, String venue) {
        SignedIn.asFacilitator(() -> showcase.record(journey.getId(), new ConversationRecord(
                LocalDate.now(COUNTY).minusDays(3), venue, 24,
                List.of(new AssetNote(AssetKind.PLACE, "A library with a meeting room", null)),
                List.of("Two retired teachers offered to help"),
                List.of(new NeedNote("Somewhere warm to meet with babies", Set.of(Theme.BEST_START_IN_LIFE), Set.of())),
                List.of(StoryNote.text("A dad said he had not spoken to another adult all week.")))));
    }

    /** Records one conversation, then finishes the showcase stage (completes its task). */
    private void finishShowcase(ProcessInstance instance, Journey journey, String venue) {
        recordConversation(journey, venue);
        complete(instance, "recordShowcase", Map.of());
    }

    // ------------------------------------------------------------------------------------ form values, as form-js sends them

    private static Map<String, Object> decision(String decision, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        values.put("decisionReason", reason);
        return values;
    }

    private static Map<String, Object> payment(double pounds) {
        return Map.of("paymentPounds", pounds, "paidOn", LocalDate.now(COUNTY).toString(), "paymentReference", "BACS 2026/118");
    }

    private String formKeyOf(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getFormKey();
    }

    private Object fileReport(UUID grantId, String taskId) {
        reviews.fileReport(grantId, taskId, new LearningReportAnswers("Twelve sessions ran in the library.", 40,
                Map.of(Population.FAMILIES_UNDER_FIVE_ACES, 12), 6, 12, 12, 2, Set.of(KindOfSupport.SOCIAL_ACTIVITY),
                List.of(new SpendLine("Toys and mats", 60_000), new SpendLine("Room hire", 20_000)), null,
                "Two mums now run the sessions themselves.", new ConnectionCounts(10, 25, 8, 20, 12, 30)), null, null);
        return null;
    }

    private Object review(UUID grantId, String taskId, boolean accepted, String note) {
        reviews.review(grantId, taskId, accepted, note, Set.of(Theme.BEST_START_IN_LIFE), "babies", true);
        return null;
    }

    private static Map<String, Object> report() {
        return Map.of("whatHappened", "Twelve sessions ran in the library.", "peopleReached", 40L, "volunteers", 6L,
                "story", "Two mums now run the sessions themselves.");
    }
}
