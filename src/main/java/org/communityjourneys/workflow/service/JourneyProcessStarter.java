package org.communityjourneys.workflow.service;

import org.communityjourneys.shared.domain.ModelContract;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.springframework.stereotype.Component;

/**
 * Starts the journey's process when a journey is launched ({@link EngineJourneyProcess#start}),
 * inside the launch transaction: a journey without its process (or the other way round) is never
 * stored.
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

    void start(java.util.UUID journeyId, String launchedBy) {
        Journey journey = journeys.get(journeyId);
        Map<String, Object> variables = new HashMap<>(JourneyVariables.of(journey));
        variables.put(JourneyVariables.INITIATOR, launchedBy);
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
            variables.put(ModelContract.IDEAS_CLOSE_AT, Date.from(journey.getIdeasCloseAt()));
            variables.put(ModelContract.VOTE_OPENS_AT, Date.from(journey.getVoteOpensAt()));
            variables.put(ModelContract.VOTE_CLOSES_AT, Date.from(journey.getVoteClosesAt()));
            return variables;
        }

        private JourneyVariables() {
        }
    }
}
