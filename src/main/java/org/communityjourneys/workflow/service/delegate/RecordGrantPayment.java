package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.GrantPayments;
import org.springframework.stereotype.Component;

/**
 * Records the task's instalment in the chest ledger (once per task, even if retried), as the
 * governance lead signed in, and sets {@code paidInFull} from the chest, which a journey's "Paid in
 * full?" gateway follows: the chest refuses a payment on a grant that is not approved (and, for a
 * journey's grant, agreed), and one that is more than is left. The same step for every programme:
 * a hub start-up or fast-track grant is paid once, in full or with the rest released.
 */
@Component("recordGrantPayment")
class RecordGrantPayment implements TaskListener {

    private final GrantPayments payments;

    RecordGrantPayment(GrantPayments payments) {
        this.payments = payments;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean paidInFull = payments.recordInstalment(ProcessValues.uuid(task, "grantId"), task.getId(),
                ProcessValues.pence(task, "paymentPounds", "the amount paid"),
                ProcessValues.text(task, "paymentReference"),
                ProcessValues.date(task, "paidOn"));
        task.getExecution().setVariable("paidInFull", paidInFull);
        // the next instalment's task must bring its own amount, date and reference: a bare completion
        // of it finds none, rather than this instalment's again (paid in full, there is no next one)
        if (!paidInFull) {
            for (String name : new String[] {"paymentPounds", "paymentReference", "paidOn"}) {
                task.getExecution().setVariable(name, null);
            }
        }
    }
}
