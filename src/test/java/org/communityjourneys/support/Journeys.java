package org.communityjourneys.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;

/** Test data: launch plans and journeys. */
public final class Journeys {

    /** Leominster East. */
    public static final String WARD = "E05009468";

    private Journeys() {
    }

    public static LaunchPlan plan(long budgetPence) {
        Instant now = Instant.now();
        return new LaunchPlan("Leominster East: best start in life", Set.of(WARD), Theme.BEST_START_IN_LIFE, budgetPence,
                now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(21)), now.plus(Duration.ofDays(35)));
    }

    public static Journey launch(JourneyService journeys, long budgetPence) {
        return journeys.launch(plan(budgetPence), "facilitator");
    }

    /**
     * Launches a journey and runs its due asynchronous steps (the budget reservation), as the job
     * executor would: afterwards the journey waits at "Record showcase conversation".
     */
    public static Journey launchToShowcase(JourneyService journeys, ManagementService management, long budgetPence) {
        Journey journey = launch(journeys, budgetPence);
        runDueJobs(management, journeys.get(journey.getId()).getProcessInstanceId());
        return journeys.get(journey.getId());
    }

    /** Runs the jobs of one process instance that are due now (not future timers), until none is left. */
    public static void runDueJobs(ManagementService management, String processInstanceId) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for process instance " + processInstanceId);
    }
}
