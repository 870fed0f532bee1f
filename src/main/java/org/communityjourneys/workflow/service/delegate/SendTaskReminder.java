package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.tasks.domain.TaskReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A human task has waited a while: publishes {@link TaskReminderDue} for whoever sends reminders. */
@Component("sendTaskReminder")
class SendTaskReminder implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendTaskReminder.class);

    private final ApplicationEventPublisher events;

    SendTaskReminder(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskName = ProcessValues.text(execution, "remindAbout");
        TaskReminderDue reminder = WaitingTask.reminder(execution, taskName, ProcessValues.journeyId(execution));
        log.info("Reminder due: {} (journey {})", reminder.taskName(), reminder.journeyId());
        events.publishEvent(reminder);
    }
}
