package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.communityjourneys.ideas.domain.IdeaFacts;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/** Gives one screening the facts of its idea, as local variables the eligibility table reads. */
@Component("loadIdeaFacts")
class LoadIdeaFacts implements ExecutionListener {

    private final IdeaService ideas;

    LoadIdeaFacts(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public void notify(DelegateExecution execution) {
        IdeaFacts facts = ideas.facts(ProcessValues.uuid(execution, "ideaId"));
        execution.setVariableLocal("costPence", facts.costPence());
        execution.setVariableLocal("journeyBudgetPence", facts.journeyBudgetPence());
        execution.setVariableLocal("ideaTheme", facts.theme());
        execution.setVariableLocal("strategyPriority", facts.strategyPriority());
        execution.setVariableLocal("wardInJourney", facts.wardInJourney());
        execution.setVariableLocal("complete", facts.complete());
        execution.setVariableLocal("missingDetails", facts.missingDetails());
    }
}
