package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Fills in the timer settings a journey was started without. */
@Component("applyJourneyDefaults")
class ApplyJourneyDefaults implements ExecutionListener {

    static final String REMINDER_CYCLE = "R3/P7D";
    static final String LEARNING_REVIEW_AFTER = "P90D";

    @Override
    public void notify(DelegateExecution execution) {
        if (ProcessValues.text(execution, "reminderCycle") == null) {
            execution.setVariable("reminderCycle", REMINDER_CYCLE);
        }
        if (ProcessValues.text(execution, "learningReviewAfter") == null) {
            execution.setVariable("learningReviewAfter", LEARNING_REVIEW_AFTER);
        }
        if (execution.getVariable("ideasClosedEarly") == null) {
            execution.setVariable("ideasClosedEarly", false);
        }
    }
}
