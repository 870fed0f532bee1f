package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.springframework.stereotype.Component;

/**
 * Guards the end of the showcase stage: the conversations themselves are recorded on the showcase
 * screen (journeys/{journeyId}/showcase), so when the task is completed, by that screen or any
 * other way, at least one conversation must be recorded. The count goes into the process as
 * {@code showcaseConversations}.
 */
@Component("recordShowcaseConversation")
class RecordShowcaseConversation implements TaskListener {

    private final ShowcaseService showcase;

    RecordShowcaseConversation(ShowcaseService showcase) {
        this.showcase = showcase;
    }

    @Override
    public void notify(DelegateTask task) {
        long recorded = showcase.count(ProcessValues.journeyId(task));
        if (recorded == 0) {
            throw new IllegalStateException(
                    "Record at least one showcase conversation before finishing the showcase stage.");
        }
        task.setVariable("showcaseConversations", recorded);
    }
}
