package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Withdraws the grant with the applicant's reason; runs straight after the applicant's answer. */
@Component("withdrawGrant")
class WithdrawGrant implements JavaDelegate {

    private final ChestService chest;
    private final TaskCompleter completer;

    WithdrawGrant(ChestService chest, TaskCompleter completer) {
        this.chest = chest;
        this.completer = completer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        chest.withdraw(ProcessValues.uuid(execution, "grantId"), ProcessValues.text(execution, "withdrawalReason"),
                completer.current());
    }
}
