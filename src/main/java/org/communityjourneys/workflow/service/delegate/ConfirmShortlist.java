package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/**
 * When "Confirm shortlist" completes: the shortlist screen has already confirmed the facilitator's
 * choices in the same transaction, so this does nothing. Only a task completed elsewhere (Camunda
 * Tasklist, a test) confirms the shortlist as the eligibility rules suggest.
 */
@Component("confirmShortlist")
class ConfirmShortlist implements TaskListener {

    private final IdeaService ideas;
    private final TaskCompleter completer;

    ConfirmShortlist(IdeaService ideas, TaskCompleter completer) {
        this.ideas = ideas;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        ideas.confirmShortlist(ProcessValues.journeyId(task), completer.of(task), ProcessValues.text(task, "shortlistNote"));
    }
}
