package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records the payment in the chest ledger (once per grant, even if retried), as the governance
 * lead signed in; the chest refuses a payment on a grant that is not approved and agreed.
 */
@Component("recordGrantPayment")
class RecordGrantPayment implements TaskListener {

    private final GrantLifecycle lifecycle;

    RecordGrantPayment(GrantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        lifecycle.recordPayment(ProcessValues.uuid(task, "grantId"),
                ProcessValues.pence(task, "paymentPounds", "the amount paid"),
                ProcessValues.text(task, "paymentReference"),
                ProcessValues.date(task, "paidOn"));
    }
}
