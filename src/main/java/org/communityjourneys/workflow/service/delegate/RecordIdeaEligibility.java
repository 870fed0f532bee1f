package org.communityjourneys.workflow.service.delegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.communityjourneys.ideas.domain.EligibilityCheck;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/**
 * Stores the eligibility table's answer on the idea: {@code eligibility} is the list of checks the
 * table collected (check, passed, reason), one row per rule that applied.
 */
@Component("recordIdeaEligibility")
class RecordIdeaEligibility implements ExecutionListener {

    private final IdeaService ideas;

    RecordIdeaEligibility(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object result = execution.getVariable("eligibility");
        if (!(result instanceof List<?> rows) || rows.isEmpty()) {
            throw new IllegalStateException("The eligibility rules gave no answer for idea " + execution.getVariable("ideaId") + ".");
        }
        List<EligibilityCheck> checks = new ArrayList<>();
        for (Object row : rows) {
            Map<?, ?> entry = (Map<?, ?>) row;
            checks.add(new EligibilityCheck(String.valueOf(entry.get("check")), Boolean.TRUE.equals(entry.get("passed")),
                    String.valueOf(entry.get("reason"))));
        }
        ideas.recordEligibility(ProcessValues.uuid(execution, "ideaId"), checks);
    }
}
