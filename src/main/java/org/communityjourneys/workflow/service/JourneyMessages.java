package org.communityjourneys.workflow.service;

import org.communityjourneys.shared.domain.ModelContract;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Turns the facilitator's requests ({@link EngineJourneyProcess#closeIdeasEarly},
 * {@link EngineJourneyProcess#withdraw}) into BPMN messages for the journey's process, in the
 * requester's transaction. The process decides what happens: a message the journey is not
 * waiting for is refused with a clear message and changes nothing.
 */
@Component
class JourneyMessages {

    static final String CLOSE_IDEAS_EARLY = ModelContract.CLOSE_IDEAS_EARLY;
    static final String JOURNEY_WITHDRAWN = ModelContract.JOURNEY_WITHDRAWN;

    private final RuntimeService runtime;

    JourneyMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void closeIdeasEarly(UUID journeyId, String facilitator) {
        correlate(CLOSE_IDEAS_EARLY, journeyId.toString(), Map.of("closedBy", facilitator),
                "The ideas window cannot be closed now: the journey is not taking ideas.");
    }

    void withdraw(UUID journeyId, String reason, String facilitator) {
        correlate(JOURNEY_WITHDRAWN, journeyId.toString(), Map.of("withdrawnBy", facilitator, "withdrawalReason", reason),
                "This journey cannot be withdrawn now.");
    }

    private void correlate(String message, String journeyId, Map<String, Object> variables, String refusal) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(journeyId)
                    .setVariables(variables)
                    .correlateWithResult();
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException e) {
            throw new IllegalStateException(refusal, e);
        }
    }
}
