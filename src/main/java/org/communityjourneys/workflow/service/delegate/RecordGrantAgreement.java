package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.springframework.stereotype.Component;

/**
 * Records whether the grant's holder accepted the grant agreement, as the person signed in: the
 * chest refuses anyone but the holder or a facilitator acting for them.
 */
@Component("recordGrantAgreement")
class RecordGrantAgreement implements TaskListener {

    private final GrantLifecycle lifecycle;

    RecordGrantAgreement(GrantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.text(task, "agreementDecision");
        if (!"accept".equals(decision) && !"withdraw".equals(decision)) {
            throw new IllegalArgumentException("Choose whether to accept the grant agreement or withdraw.");
        }
        lifecycle.recordAgreement(ProcessValues.uuid(task, "grantId"), "accept".equals(decision));
    }
}
