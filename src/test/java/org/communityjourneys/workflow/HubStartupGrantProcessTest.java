package org.communityjourneys.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.workflow.GrantClaimProcessScenarios.PaidClaim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Drives processes/hub-startup-grant.bpmn path by path, including the hub's learning review after
 * the payment (report filed and accepted; one question asked, answered and accepted; a reminder on
 * every task); the coverage listener fails the class below 90%.
 */
@SpringBootTest(properties = ProcessCoverageProperties.ENABLED + "=true")
@ActiveProfiles("test")
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class HubStartupGrantProcessTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ChestService chest;
    @Autowired
    GrantPayments payments;
    @Autowired
    LearningReviewService reviews;

    GrantClaimProcessScenarios scenarios;

    @BeforeEach
    void scenarios() {
        scenarios = new GrantClaimProcessScenarios("hub-startup-grant", "checkHubClaim", runtime, tasks, management, history, chest, payments);
    }

    @Test
    void anApprovedClaimIsRemindedReservedAndPaidOnceThenWaitsForItsLearningReview() {
        PaidClaim paid = scenarios.approvedClaimIsRemindedReservedAndPaidOnce(2_500_00);

        Job due = timer(paid.instance(), "hubLearningReviewDue");
        assertThat(due.getDuedate().toInstant()).as("about three months after the payment")
                .isBetween(Instant.now().plus(Duration.ofDays(90)), Instant.now().plus(Duration.ofDays(92)));
        assertThat(reviews.request(paid.grantId())).as("nothing is asked before the timer").isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(paid.instance().getId()).count()).isEqualTo(1);
    }

    @Test
    void theHubFilesItsLearningReportAndTheFacilitatorAcceptsIt() {
        PaidClaim paid = scenarios.approvedClaimIsRemindedReservedAndPaidOnce(1_200_00);
        ProcessInstance instance = paid.instance();
        UUID grantId = paid.grantId();
        management.executeJob(timer(instance, "hubLearningReviewDue").getId());

        Task report = task(instance, "sendHubLearningReport");
        assertThat(formKeyOf(report)).isEqualTo("screen:learning-report");
        assertThat(reviews.request(grantId)).get().satisfies(request -> {
            assertThat(request.getHolder()).as("the hub's claimant").isEqualTo("applicant");
            assertThat(request.getJourneyId()).isNull();
            assertThat(request.getTaskId()).isEqualTo(report.getId());
        });
        assertThat(tasks.getIdentityLinksForTask(report.getId()))
                .as("offered to the claimant by name, who may be a resident without the applicant role")
                .anySatisfy(link -> assertThat(link.getUserId()).isEqualTo("applicant"));
        remind(instance, report);
        assertThatThrownBy(() -> SignedIn.as("someone-else", "APPLICANT", () -> fileReport(grantId, report.getId())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not yours");
        assertThat(task(instance, "sendHubLearningReport")).as("a refused report leaves the task open").isNotNull();
        SignedIn.as("applicant", "APPLICANT", () -> fileReport(grantId, report.getId()));

        Task review = task(instance, "reviewHubLearningReport");
        assertThat(formKeyOf(review)).isEqualTo("screen:review-learning-report");
        assertThat(reviews.request(grantId).orElseThrow().getTaskId()).isEqualTo(review.getId());
        remind(instance, review);
        SignedIn.asFacilitator(() -> review(grantId, review.getId(), true, null));

        scenarios.assertEnded(instance, "hubLearningReviewed");
        LearningReport accepted = reviews.reportFor(grantId).orElseThrow();
        assertThat(accepted.getOutcome()).isEqualTo(ReportOutcome.ACCEPTED);
        assertThat(accepted.getJourneyId()).as("a hub's report has no journey").isNull();
        assertThat(remindersSent(instance)).contains("Send learning report", "Review learning report");
    }

    @Test
    void oneQuestionIsAskedAnsweredAndTheClarifiedReportAccepted() {
        PaidClaim paid = scenarios.approvedClaimIsRemindedReservedAndPaidOnce(900_00);
        ProcessInstance instance = paid.instance();
        UUID grantId = paid.grantId();
        management.executeJob(timer(instance, "hubLearningReviewDue").getId());
        SignedIn.as("applicant", "APPLICANT", () -> fileReport(grantId, task(instance, "sendHubLearningReport").getId()));
        Task review = task(instance, "reviewHubLearningReport");
        SignedIn.asFacilitator(() -> review(grantId, review.getId(), false, "How many children came?"));

        Task answer = task(instance, "answerHubClarification");
        assertThat(formKeyOf(answer)).isEqualTo("screen:learning-report");
        assertThat(reviews.request(grantId).orElseThrow().getTaskId()).isEqualTo(answer.getId());
        assertThat(reviews.reportFor(grantId).orElseThrow().getOutcome()).isEqualTo(ReportOutcome.CLARIFICATION_ASKED);
        remind(instance, answer);
        SignedIn.as("applicant", "APPLICANT", () -> fileReport(grantId, answer.getId()));

        Task accept = task(instance, "reviewHubClarifiedReport");
        assertThat(formKeyOf(accept)).isEqualTo("screen:review-learning-report");
        remind(instance, accept);
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> review(grantId, accept.getId(), false, "And another?")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already asked");
        SignedIn.asFacilitator(() -> review(grantId, accept.getId(), true, null));

        scenarios.assertEnded(instance, "hubLearningReviewed");
        assertThat(reviews.reportFor(grantId).orElseThrow().getOutcome()).isEqualTo(ReportOutcome.ACCEPTED);
        assertThat(remindersSent(instance)).contains("Answer the facilitator's question", "Accept the clarified report");
        for (String reminded : List.of("answerHubClarificationReminded", "reviewHubClarifiedReportReminded")) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId(reminded).finished().count()).as(reminded).isEqualTo(1);
        }
    }

    @Test
    void aRejectedClaimNeedsAReasonAndReservesNothing() {
        scenarios.rejectedClaimNeedsAReasonAndReservesNothing();
    }

    @Test
    void aClaimOverTheCeilingStartsNothing() {
        scenarios.claimOverTheCeilingStartsNothing(2501, "A hub start-up grant is at most £2,500: £2,501 was asked.");
    }

    @Test
    void anApprovalTheFundCannotCoverIsRefusedAndTheCheckStaysOpen() {
        scenarios.approvalTheFundCannotCoverIsRefusedAndTheCheckStaysOpen();
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .singleResult();
    }

    /** Fires the reminder on the task and checks that it was sent. */
    private void remind(ProcessInstance instance, Task task) {
        management.executeJob(timer(instance, task.getTaskDefinitionKey() + "Reminder").getId());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(task.getTaskDefinitionKey() + "Reminded").finished().count()).isEqualTo(1);
    }

    private List<String> remindersSent(ProcessInstance instance) {
        List<String> names = new ArrayList<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("remindAbout")
                .list().forEach(variable -> names.add((String) variable.getValue()));
        return names;
    }

    private String formKeyOf(Task task) {
        return tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getFormKey();
    }

    private Object fileReport(UUID grantId, String taskId) {
        reviews.fileReport(grantId, taskId, new LearningReportAnswers("The hub opened three afternoons a week.", 55,
                Map.of(Population.LONELY_OR_ISOLATED, 20), 9, 30, 6, 3, Set.of(KindOfSupport.WARM_SPACE),
                List.of(new SpendLine("Urn, tables and chairs", 60_000)), null,
                "A widower now helps run the Tuesday lunch.", new ConnectionCounts(10, 25, 8, 20, 12, 30)), null, null);
        return null;
    }

    private Object review(UUID grantId, String taskId, boolean accepted, String note) {
        reviews.review(grantId, taskId, accepted, note, Set.of(Theme.LONELINESS_AND_ISOLATION), "hub", true);
        return null;
    }
}
