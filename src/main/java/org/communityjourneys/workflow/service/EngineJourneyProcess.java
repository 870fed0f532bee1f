package org.communityjourneys.workflow.service;

import org.communityjourneys.shared.domain.ModelContract;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyProcess;
import org.communityjourneys.journey.service.JourneyService;
import org.springframework.stereotype.Component;

/**
 * The journey's process clocks on the engine: moves a waiting timer's due date to now (the job
 * executor then runs it within seconds) and keeps the process variable the timer reads in step.
 */
@Component
class EngineJourneyProcess implements JourneyProcess {

    static final String VOTE_OPENS = ModelContract.VOTE_OPENS;
    static final String LEARNING_REVIEW_DUE = ModelContract.LEARNING_REVIEW_DUE;

    private final ManagementService management;
    private final RuntimeService runtime;
    private final JourneyService journeys;
    private final JourneyProcessStarter starter;
    private final JourneyMessages messages;

    EngineJourneyProcess(ManagementService management, RuntimeService runtime, JourneyService journeys,
            JourneyProcessStarter starter, JourneyMessages messages) {
        this.management = management;
        this.runtime = runtime;
        this.journeys = journeys;
        this.starter = starter;
        this.messages = messages;
    }

    @Override
    public void start(UUID journeyId, String launchedBy) {
        starter.start(journeyId, launchedBy);
    }

    @Override
    public void closeIdeasEarly(UUID journeyId, String facilitator) {
        messages.closeIdeasEarly(journeyId, facilitator);
    }

    @Override
    public void withdraw(UUID journeyId, String reason, String facilitator) {
        messages.withdraw(journeyId, reason, facilitator);
    }

    /** Moves the "Vote closes" timer and its variable: a timer that is not waiting refuses the extension. */
    @Override
    public void voteClosesLaterAt(UUID journeyId, java.time.Instant closesAt) {
        moveTimer(journeyId, ModelContract.VOTE_CLOSES, ModelContract.VOTE_CLOSES_AT, Date.from(closesAt),
                "The vote's closing time cannot be moved: the journey is not waiting for the vote to close (it may be"
                        + " closing right now).");
    }

    @Override
    public void openVoteNow(UUID journeyId) {
        bringForward(journeyId, VOTE_OPENS, ModelContract.VOTE_OPENS_AT, "The journey is not waiting for its vote to open.");
    }

    @Override
    public void closeVoteNow(UUID journeyId) {
        bringForward(journeyId, ModelContract.VOTE_CLOSES, ModelContract.VOTE_CLOSES_AT, "The journey is not waiting for its vote to close.");
    }

    @Override
    public void askForLearningReportNow(UUID journeyId, UUID grantId) {
        String instance = instanceOf(journeyId);
        Date now = ClockUtil.getCurrentTime();
        List<Job> timers = timers(instance, LEARNING_REVIEW_DUE).stream()
                .filter(timer -> grantId.toString().equals(String.valueOf(runtime.getVariable(timer.getExecutionId(), ModelContract.GRANT_ID))))
                .toList();
        if (timers.isEmpty()) {
            throw new IllegalStateException("This grant is not waiting for its learning review.");
        }
        timers.forEach(timer -> management.setJobDuedate(timer.getId(), now));
    }

    private void bringForward(UUID journeyId, String timerId, String variable, String refusal) {
        moveTimer(journeyId, timerId, variable, ClockUtil.getCurrentTime(), refusal);
    }

    /**
     * Moves the journey's waiting timer at {@code timerId} to {@code due} and the process variable
     * it reads with it, in the caller's transaction; refuses when no such timer waits.
     */
    private void moveTimer(UUID journeyId, String timerId, String variable, Date due, String refusal) {
        String instance = instanceOf(journeyId);
        List<Job> timers = timers(instance, timerId);
        if (timers.isEmpty()) {
            throw new IllegalStateException(refusal);
        }
        timers.forEach(timer -> management.setJobDuedate(timer.getId(), due));
        runtime.setVariable(instance, variable, due);
    }

    private List<Job> timers(String instance, String activityId) {
        return instance == null ? List.of()
                : management.createJobQuery().processInstanceId(instance).timers().activityId(activityId).list();
    }

    private String instanceOf(UUID journeyId) {
        Journey journey = journeys.get(journeyId);
        return journey.getProcessInstanceId();
    }
}
