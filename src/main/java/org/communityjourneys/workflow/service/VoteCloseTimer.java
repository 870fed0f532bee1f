package org.communityjourneys.workflow.service;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.voting.domain.VoteCloseExtended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the "Vote closes" timer of a journey's process when a facilitator extends the vote, in
 * the caller's transaction: if the timer is not waiting (the vote is closing right now, or the
 * journey has no process), the extension is refused and nothing is kept.
 */
@Component
class VoteCloseTimer {

    static final String VOTE_CLOSES = "voteCloses";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final JourneyService journeys;

    VoteCloseTimer(ManagementService management, RuntimeService runtime, JourneyService journeys) {
        this.management = management;
        this.runtime = runtime;
        this.journeys = journeys;
    }

    @EventListener
    void on(VoteCloseExtended extended) {
        Journey journey = journeys.get(extended.journeyId());
        String instance = journey.getProcessInstanceId();
        List<Job> timers = instance == null ? List.of()
                : management.createJobQuery().processInstanceId(instance).timers().activityId(VOTE_CLOSES).list();
        if (timers.isEmpty()) {
            throw new IllegalStateException("The vote's closing time cannot be moved: the journey is not waiting for "
                    + "the vote to close (it may be closing right now).");
        }
        Date due = Date.from(extended.to());
        for (Job timer : timers) {
            management.setJobDuedate(timer.getId(), due);
        }
        runtime.setVariable(instance, "voteClosesAt", due);
    }
}
