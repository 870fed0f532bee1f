package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.DirectGrantService;
import org.springframework.stereotype.Component;

/** The facilitator's check of a hub or fast-track claim: approve (reserving the money) or reject with a reason. */
@Component("recordDirectGrantDecision")
class RecordDirectGrantDecision implements TaskListener {

    private final DirectGrantService grants;
    private final TaskCompleter completer;

    RecordDirectGrantDecision(DirectGrantService grants, TaskCompleter completer) {
        this.grants = grants;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.text(task, "decision");
        if ("approve".equals(decision)) {
            grants.approve(ProcessValues.uuid(task, "grantId"), completer.of(task));
        } else if ("reject".equals(decision)) {
            grants.reject(ProcessValues.uuid(task, "grantId"), ProcessValues.text(task, "decisionReason"), completer.of(task));
        } else {
            throw new IllegalArgumentException("Choose whether to approve or reject the claim.");
        }
    }
}
