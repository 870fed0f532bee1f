package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.springframework.stereotype.Component;

/**
 * Moves the journey to a stage; the model calls it from execution listeners, e.g.
 * {@code ${journeyStage.moveTo(execution, 'SHOWCASE')}}.
 */
@Component("journeyStage")
public class JourneyStageChange {

    private final JourneyService journeys;

    JourneyStageChange(JourneyService journeys) {
        this.journeys = journeys;
    }

    public void moveTo(DelegateExecution execution, String stage) {
        journeys.moveTo(ProcessValues.journeyId(execution), JourneyStage.valueOf(stage));
    }
}
