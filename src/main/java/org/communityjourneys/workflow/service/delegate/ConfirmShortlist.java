package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/** The facilitator's confirmation: eligible ideas are shortlisted, the others excluded with the rule's reason. */
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
