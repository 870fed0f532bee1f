package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Returns what is left of the journey's reservation to its fund. */
@Component("releaseUnspentBudget")
class ReleaseUnspentBudget implements JavaDelegate {

    private final ChestService chest;

    ReleaseUnspentBudget(ChestService chest) {
        this.chest = chest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        chest.releaseUnspent(ProcessValues.journeyId(execution));
    }
}
