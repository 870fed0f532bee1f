package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.springframework.stereotype.Component;

/** Records on the grant the route proportionate governance chose (the end of "Choose route"). */
@Component("recordGrantRoute")
class RecordGrantRoute implements ExecutionListener {

    private final GrantLifecycle lifecycle;

    RecordGrantRoute(GrantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        lifecycle.recordRoute(ProcessValues.uuid(execution, "grantId"), ProcessValues.text(execution, "route"));
    }
}
