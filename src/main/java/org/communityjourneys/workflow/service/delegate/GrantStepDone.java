package org.communityjourneys.workflow.service.delegate;

import org.communityjourneys.shared.domain.ModelContract;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.springframework.stereotype.Component;

/**
 * The guard on the completion of a grant task whose step a screen records in the chest: the
 * application ({@code completeApplication}), the panel chair's decision ({@code panelChair}) and
 * the board's ({@code boardReferral}). The chest must already hold that step for the task's own
 * grant; otherwise the completion fails in its transaction, the task stays open and nothing
 * changes, so completing the task with bare variables, over any door, moves no grant on. For a
 * decision, the process follows the chest's decision, never the variables the completion brought.
 */
@Component("grantStepDone")
class GrantStepDone implements TaskListener {

    static final String APPLICATION = ModelContract.COMPLETE_APPLICATION;
    static final String PANEL_CHAIR = ModelContract.PANEL_CHAIR;
    static final String BOARD = ModelContract.BOARD_REFERRAL;

    private final GrantLifecycle lifecycle;

    GrantStepDone(GrantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID grantId = ProcessValues.uuid(task, "grantId");
        switch (task.getTaskDefinitionKey()) {
            case APPLICATION -> lifecycle.requireApplied(grantId);
            case PANEL_CHAIR -> follow(task, lifecycle.requireDecided(grantId, "PANEL_REVIEW"));
            case BOARD -> follow(task, lifecycle.requireDecided(grantId, "BOARD_REFERRAL"));
            default -> throw new IllegalStateException("The chest keeps no step for the task " + task.getTaskDefinitionKey()
                    + ".");
        }
    }

    /** Sets the decision the "Approved?" gateway reads from the chest's record. */
    static void follow(DelegateTask task, boolean approved) {
        task.getExecution().setVariable(ModelContract.DECISION, approved ? "approve" : "reject");
    }
}
