package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.tasks.domain.TaskReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A task of a hub or fast-track grant (no journey) has waited a while: publishes {@link TaskReminderDue}. */
@Component("sendGrantReminder")
class SendGrantReminder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendGrantReminder.class);

    private final ApplicationEventPublisher events;

    SendGrantReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskName = ProcessValues.text(execution, "remindAbout");
        log.info("Reminder due: {} (grant {})", taskName, ProcessValues.text(execution, "grantId"));
        events.publishEvent(WaitingTask.reminder(execution, taskName, null));
    }
}
