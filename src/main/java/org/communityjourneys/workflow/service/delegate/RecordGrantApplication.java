package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.service.ChestService;
import org.springframework.stereotype.Component;

/** Saves the grant application when the applicant completes it. */
@Component("recordGrantApplication")
class RecordGrantApplication implements TaskListener {

    private final ChestService chest;
    private final TaskCompleter completer;

    RecordGrantApplication(ChestService chest, TaskCompleter completer) {
        this.chest = chest;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        GrantApplication application = new GrantApplication(
                ProcessValues.text(task, "organisation"),
                ProcessValues.text(task, "contact"),
                ProcessValues.pence(task, "amountPounds", "the amount requested"),
                ProcessValues.flag(task, "childrenOrVulnerableAdults"),
                ProcessValues.flag(task, "firstTimeGroup"),
                ProcessValues.text(task, "summary"));
        chest.recordApplication(ProcessValues.uuid(task, "grantId"), application, completer.of(task));
    }
}
