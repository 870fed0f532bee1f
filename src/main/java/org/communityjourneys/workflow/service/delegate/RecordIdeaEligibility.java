package org.communityjourneys.workflow.service.delegate;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/** Stores the eligibility table's answer ({@code eligibility}: eligible, reason) on the idea. */
@Component("recordIdeaEligibility")
class RecordIdeaEligibility implements ExecutionListener {

    private final IdeaService ideas;

    RecordIdeaEligibility(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<?, ?> result = (Map<?, ?>) execution.getVariable("eligibility");
        if (result == null) {
            throw new IllegalStateException("The eligibility rules gave no answer for idea " + execution.getVariable("ideaId") + ".");
        }
        ideas.recordEligibility(ProcessValues.uuid(execution, "ideaId"), Boolean.TRUE.equals(result.get("eligible")),
                (String) result.get("reason"));
    }
}
