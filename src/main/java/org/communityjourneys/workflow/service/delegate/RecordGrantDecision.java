package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records the light-touch check's decision in the chest, as the facilitator signed in (the chest
 * refuses anyone else, and a completion with no one signed in), then lets the process follow the
 * chest's decision. The same step for every programme: a journey grant's light-touch route, a hub
 * start-up claim's check and a fast-track claim's (approval reserves their money in the fund). A
 * refusal fails the completion: the task stays open and the grant unchanged.
 */
@Component("recordGrantDecision")
class RecordGrantDecision implements TaskListener {

    static final String LIGHT_TOUCH = "FACILITATOR_CHECK";

    private final GrantLifecycle lifecycle;

    RecordGrantDecision(GrantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.text(task, "decision");
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new IllegalArgumentException("Choose whether to approve or reject the claim.");
        }
        java.util.UUID grantId = ProcessValues.uuid(task, "grantId");
        lifecycle.recordDecision(grantId, LIGHT_TOUCH, "approve".equals(decision), ProcessValues.text(task, "decisionReason"));
        GrantStepDone.follow(task, lifecycle.requireDecided(grantId, LIGHT_TOUCH));
    }
}
