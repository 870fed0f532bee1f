package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Records the light-touch, panel or board decision on the grant, with its reason. */
@Component("recordGrantDecision")
class RecordGrantDecision implements TaskListener {

    private final ChestService chest;
    private final TaskCompleter completer;

    RecordGrantDecision(ChestService chest, TaskCompleter completer) {
        this.chest = chest;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.text(task, "decision");
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new IllegalArgumentException("Choose whether to approve or reject the grant.");
        }
        chest.recordDecision(ProcessValues.uuid(task, "grantId"), ProcessValues.text(task, "route"),
                "approve".equals(decision), ProcessValues.text(task, "decisionReason"), completer.of(task));
    }
}
