package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records the holder's reason on the withdrawn grant; runs straight after the holder's answer to
 * the agreement, which withdrew it in the chest (this step withdraws nothing itself).
 */
@Component("withdrawGrant")
class WithdrawGrant implements JavaDelegate {

    private final GrantLifecycle lifecycle;

    WithdrawGrant(GrantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.recordWithdrawalReason(ProcessValues.uuid(execution, "grantId"),
                ProcessValues.text(execution, "withdrawalReason"));
    }
}
