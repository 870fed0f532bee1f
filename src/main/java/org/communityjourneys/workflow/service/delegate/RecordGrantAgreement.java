package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Records whether the applicant accepted the grant agreement. */
@Component("recordGrantAgreement")
class RecordGrantAgreement implements TaskListener {

    private final ChestService chest;
    private final TaskCompleter completer;

    RecordGrantAgreement(ChestService chest, TaskCompleter completer) {
        this.chest = chest;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.text(task, "agreementDecision");
        if (!"accept".equals(decision) && !"withdraw".equals(decision)) {
            throw new IllegalArgumentException("Choose whether to accept the grant agreement or withdraw.");
        }
        chest.recordAgreement(ProcessValues.uuid(task, "grantId"), "accept".equals(decision), completer.of(task));
    }
}
