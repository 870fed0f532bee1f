package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.communityjourneys.chest.domain.GrantFacts;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Gives the proportionate-governance table the grant's amount and risk (variables local to the idea's funding). */
@Component("loadGrantFacts")
class LoadGrantFacts implements ExecutionListener {

    private final ChestService chest;

    LoadGrantFacts(ChestService chest) {
        this.chest = chest;
    }

    @Override
    public void notify(DelegateExecution execution) {
        GrantFacts facts = chest.grantFacts(ProcessValues.uuid(execution, "grantId"));
        execution.setVariable("amountPence", facts.amountPence());
        execution.setVariable("childrenOrVulnerableAdults", facts.childrenOrVulnerableAdults());
        execution.setVariable("firstTimeGroup", facts.firstTimeGroup());
    }
}
