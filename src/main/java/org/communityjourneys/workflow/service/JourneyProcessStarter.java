package org.communityjourneys.workflow.service;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyLaunched;
import org.communityjourneys.journey.service.JourneyService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the journey's process when a journey is launched, inside the launch transaction: a
 * journey without its process (or the other way round) is never stored.
 */
@Component
class JourneyProcessStarter {

    static final String PROCESS_KEY = "community-journey";

    private final RuntimeService runtime;
    private final JourneyService journeys;

    JourneyProcessStarter(RuntimeService runtime, JourneyService journeys) {
        this.runtime = runtime;
        this.journeys = journeys;
    }

    @EventListener
    void on(JourneyLaunched launched) {
        Journey journey = journeys.get(launched.journeyId());
        Map<String, Object> variables = new HashMap<>(JourneyVariables.of(journey));
        variables.put(JourneyVariables.INITIATOR, launched.launchedBy());
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, journey.getId().toString(), variables);
        journeys.attachProcess(journey.getId(), instance.getId());
    }

    /** The process variables a journey starts with. */
    static final class JourneyVariables {
        static final String INITIATOR = "initiator";

        static Map<String, Object> of(Journey journey) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("journeyId", journey.getId().toString());
            variables.put("journeyTitle", journey.getTitle());
            variables.put("theme", journey.getTheme().name());
            variables.put("budgetPence", journey.getBudgetPence());
            variables.put("ideasCloseAt", Date.from(journey.getIdeasCloseAt()));
            variables.put("voteOpensAt", Date.from(journey.getVoteOpensAt()));
            variables.put("voteClosesAt", Date.from(journey.getVoteClosesAt()));
            return variables;
        }

        private JourneyVariables() {
        }
    }
}
