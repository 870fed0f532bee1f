package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.springframework.stereotype.Component;

/** Saves a showcase conversation when its task is completed; invalid input keeps the task open. */
@Component("recordShowcaseConversation")
class RecordShowcaseConversation implements TaskListener {

    private final ShowcaseService showcase;
    private final TaskCompleter completer;

    RecordShowcaseConversation(ShowcaseService showcase, TaskCompleter completer) {
        this.showcase = showcase;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        ConversationRecord conversation = new ConversationRecord(
                ProcessValues.date(task, "heldOn"),
                ProcessValues.text(task, "venue"),
                ProcessValues.wholeNumber(task, "attendance", "how many people took part"),
                ProcessValues.text(task, "assets"),
                ProcessValues.text(task, "offers"),
                ProcessValues.text(task, "needs"),
                ProcessValues.text(task, "stories"));
        showcase.record(ProcessValues.journeyId(task), conversation, completer.of(task));
    }
}
