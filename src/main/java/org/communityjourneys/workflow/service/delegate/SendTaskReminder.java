package org.communityjourneys.workflow.service.delegate;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.shared.domain.ModelContract;
import org.communityjourneys.tasks.domain.TaskReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A human task has waited a while: publishes {@link TaskReminderDue} for whoever sends reminders,
 * with the journey when the process belongs to one (a hub or fast-track grant has none). Also
 * answers to {@code ${sendGrantReminder}}, the name the grant processes used before both were one
 * ({@link OlderDelegateNames}).
 */
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
        UUID journeyId = execution.hasVariable(ModelContract.JOURNEY_ID) ? ProcessValues.journeyId(execution) : null;
        TaskReminderDue reminder = WaitingTask.reminder(execution, taskName, journeyId);
        log.info("Reminder due: {} (journey {}, grant {})", reminder.taskName(), journeyId,
                execution.hasVariable("grantId") ? execution.getVariable("grantId") : null);
        events.publishEvent(reminder);
    }
}
