package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Records the payment in the chest ledger (once per grant, even if retried). */
@Component("recordGrantPayment")
class RecordGrantPayment implements TaskListener {

    private final ChestService chest;
    private final TaskCompleter completer;

    RecordGrantPayment(ChestService chest, TaskCompleter completer) {
        this.chest = chest;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        chest.recordPayment(ProcessValues.uuid(task, "grantId"),
                ProcessValues.pence(task, "paymentPounds", "the amount paid"),
                ProcessValues.text(task, "paymentReference"),
                ProcessValues.date(task, "paidOn"),
                completer.of(task));
    }
}
