package org.communityjourneys.workflow.service;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.communityjourneys.ideas.domain.IdeasWindowCloseRequested;
import org.communityjourneys.journey.domain.JourneyWithdrawalRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns requests from the feature modules into BPMN messages for the journey's process, in the
 * requester's transaction. The process decides what happens: a message the journey is not
 * waiting for is refused with a clear message and changes nothing.
 */
@Component
class JourneyMessages {

    static final String CLOSE_IDEAS_EARLY = "CloseIdeasEarly";
    static final String JOURNEY_WITHDRAWN = "JourneyWithdrawn";

    private final RuntimeService runtime;

    JourneyMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(IdeasWindowCloseRequested request) {
        correlate(CLOSE_IDEAS_EARLY, request.journeyId().toString(), Map.of("closedBy", request.facilitator()),
                "The ideas window cannot be closed now: the journey is not taking ideas.");
    }

    @EventListener
    void on(JourneyWithdrawalRequested request) {
        correlate(JOURNEY_WITHDRAWN, request.journeyId().toString(),
                Map.of("withdrawnBy", request.facilitator(), "withdrawalReason", request.reason()),
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
