package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.DirectGrantService;
import org.springframework.stereotype.Component;

/** Records the payment of a hub or fast-track grant in the chest ledger (once, even if retried). */
@Component("recordDirectGrantPayment")
class RecordDirectGrantPayment implements TaskListener {

    private final DirectGrantService grants;
    private final TaskCompleter completer;

    RecordDirectGrantPayment(DirectGrantService grants, TaskCompleter completer) {
        this.grants = grants;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        grants.recordPayment(ProcessValues.uuid(task, "grantId"),
                ProcessValues.pence(task, "paymentPounds", "the amount paid"),
                ProcessValues.text(task, "paymentReference"),
                ProcessValues.date(task, "paidOn"),
                completer.of(task));
    }
}
