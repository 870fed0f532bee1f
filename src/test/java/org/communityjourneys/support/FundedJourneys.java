package org.communityjourneys.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.ShortlistChoice;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.tasks.service.TaskInbox;

/**
 * Drives a real journey on the real engine, through the services and task completion, up to a
 * paid grant: the showcase, one idea, the vote, certification, the application (submitted on
 * the application screen's service by {@code applicant}, the idea's author and so the grant's holder),
 * the light-touch check (a facilitator), the agreement (the holder) and the payment (a governance
 * lead), each completed through the task inbox as that person. The learning review
 * timer can then be fired with {@link #fireLearningReviewTimer}.
 */
public record FundedJourneys(JourneyService journeys, ShowcaseService showcase, IdeaService ideas, VoteService votes,
        ChestService chest, GrantApplicationService applications, RuntimeService runtime, TaskService tasks,
        ManagementService management, TaskInbox inbox) {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    /** The journey and its one paid grant. */
    public record Funded(Journey journey, UUID grantId, String projectTitle) {
    }

    /** A journey with one shortlisted idea by {@code applicant}, waiting for its vote to open. */
    public record Scheduled(Journey journey, UUID ideaId, String title) {
    }

    public Scheduled voteScheduled(String applicant) {
        Journey journey = Journeys.launchToShowcase(journeys, management, 500_000);
        String instance = journey.getProcessInstanceId();
        Journeys.recordConversation(showcase, journey.getId(), "Leominster library");
        complete(instance, "recordShowcase", Map.of());
        String title = "Stay and play " + UUID.randomUUID().toString().substring(0, 6);
        UUID idea = SignedIn.as(applicant, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(title, "Weekly sessions for parents and babies.", 80_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of the library", "friends@example.org"), applicant));
        runtime.createMessageCorrelation("CloseIdeasEarly").processInstanceBusinessKey(journey.getId().toString()).correlate();
        Journeys.runDueJobs(management, instance);
        Task shortlist = only(instance, "confirmShortlist");
        SignedIn.asFacilitator(() -> {
            ideas.confirmShortlistOnScreen(journey.getId(), shortlist.getId(), List.of(new ShortlistChoice(idea, true, null)));
            return null;
        });
        Journeys.runDueJobs(management, instance);
        return new Scheduled(journeys.get(journey.getId()), idea, title);
    }

    public Funded paidGrant(String applicant) {
        Scheduled scheduled = voteScheduled(applicant);
        Journey journey = scheduled.journey();
        String instance = journey.getProcessInstanceId();
        UUID idea = scheduled.ideaId();
        String title = scheduled.title();
        fireTimer(instance, "voteOpens");
        SignedIn.as("resident", "RESIDENT", () -> votes.cast(journey.getId(), "resident", BallotChoice.picking(List.of(idea))));
        fireTimer(instance, "voteCloses");
        complete(instance, "certifyResult", Map.of("resultDecision", "certify"));
        Task application = only(instance, "completeApplication");
        UUID applied = UUID.fromString(String.valueOf(tasks.getVariable(application.getId(), "grantId")));
        SignedIn.as(applicant, "APPLICANT", () -> applications.submit(applied, application.getId(),
                GrantDrafts.draft(800_00, false, false)));
        Journeys.runDueJobs(management, instance);
        completeAs("facilitator", Role.FACILITATOR, instance, "lightTouchCheck",
                Map.of("decision", "approve", "decisionReason", "The group runs it already."));
        completeAs(applicant, Role.APPLICANT, instance, "acceptAgreement", Map.of("agreementDecision", "accept"));
        completeAs("governance", Role.GOVERNANCE, instance, "recordPayment", Map.of("paymentPounds", 800.0,
                "paidOn", LocalDate.now(COUNTY).toString(), "paymentReference", "BACS " + title));
        UUID grantId = chest.grantsOf(journey.getId()).get(0).getId();
        return new Funded(journeys.get(journey.getId()), grantId, title);
    }

    /** Moves time on: the "Learning review due" timer fires, and the group is asked for its report. */
    public Task fireLearningReviewTimer(Funded funded) {
        String instance = funded.journey().getProcessInstanceId();
        fireTimer(instance, "learningReviewDue");
        return only(instance, "sendLearningReport");
    }

    public Task only(String instance, String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list();
        if (open.size() != 1) {
            throw new AssertionError("expected one " + taskKey + " task, found " + open.size());
        }
        return open.get(0);
    }

    private void complete(String instance, String taskKey, Map<String, Object> values) {
        tasks.complete(only(instance, taskKey).getId(), values);
        Journeys.runDueJobs(management, instance);
    }

    /** Completes the task through the task inbox as a signed-in person, as the task screen does. */
    private void completeAs(String username, Role role, String instance, String taskKey, Map<String, Object> values) {
        String taskId = only(instance, taskKey).getId();
        SignedIn.as(username, role.name(), () -> {
            inbox.complete(taskId, values, username, EnumSet.of(role));
            return null;
        });
        Journeys.runDueJobs(management, instance);
    }

    private void fireTimer(String instance, String activityId) {
        List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().activityId(activityId).list();
        if (timers.isEmpty()) {
            throw new AssertionError("no " + activityId + " timer is waiting");
        }
        management.executeJob(timers.get(0).getId());
        Journeys.runDueJobs(management, instance);
    }
}
