package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.NotEnoughInFund;
import org.springframework.stereotype.Component;

/** Reserves the journey's budget; not enough in the chest ends the journey as "Launch refused". */
@Component("reserveJourneyBudget")
class ReserveJourneyBudget implements JavaDelegate {

    static final String NOT_ENOUGH_IN_FUND = "NOT_ENOUGH_IN_FUND";

    private final ChestService chest;

    ReserveJourneyBudget(ChestService chest) {
        this.chest = chest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long budget = ((Number) execution.getVariable("budgetPence")).longValue();
        String by = ProcessValues.text(execution, "initiator");
        try {
            chest.reserveJourneyBudget(ProcessValues.journeyId(execution), budget, by == null ? TaskCompleter.SYSTEM : by);
        } catch (NotEnoughInFund e) {
            throw new BpmnError(NOT_ENOUGH_IN_FUND, e.getMessage());
        }
    }
}
