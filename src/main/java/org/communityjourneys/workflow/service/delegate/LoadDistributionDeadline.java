package org.communityjourneys.workflow.service.delegate;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Puts the fund's distribution deadline into {@code distributionDeadline}, the unpaid-grant escalation timer. */
@Component("loadDistributionDeadline")
class LoadDistributionDeadline implements JavaDelegate {

    private final ChestService chest;

    LoadDistributionDeadline(ChestService chest) {
        this.chest = chest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("distributionDeadline", Date.from(chest.distributionDeadline(ProcessValues.journeyId(execution))));
    }
}
