package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Opens the grant of one winning idea; {@code grantId} is local to that idea's funding. */
@Component("openGrant")
class OpenGrant implements JavaDelegate {

    private final ChestService chest;

    OpenGrant(ChestService chest) {
        this.chest = chest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("grantId",
                chest.openGrant(ProcessValues.journeyId(execution), ProcessValues.uuid(execution, "ideaId")).toString());
    }
}
