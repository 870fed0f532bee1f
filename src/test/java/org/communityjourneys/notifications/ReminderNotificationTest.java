package org.communityjourneys.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.notifications.domain.NotificationRepository;
import org.communityjourneys.support.FastTrackClaims;
import org.communityjourneys.tasks.domain.TaskReminderDue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A real reminder timer on a real task: the reminder names the waiting task and its candidate
 * role, and the facilitators find it in their notifications with a link to the task.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ReminderNotificationTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ChestService chest;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    ApplicationEvents events;

    @Test
    void aWaitingCheckRemindsTheFacilitatorsWithALinkToTheTask() {
        ProcessInstance instance = FastTrackClaims.start(chest, runtime, "Reminder fund", "Kington walking group",
                "Maps and flasks", 300);
        Task check = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        Job reminder = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(reminder.getId());

        assertThat(events.stream(TaskReminderDue.class)).singleElement().satisfies(event -> {
            assertThat(event.taskId()).isEqualTo(check.getId());
            assertThat(event.candidateGroups()).containsExactly("FACILITATOR");
            assertThat(event.assignees()).isEmpty();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications
                .findTop200ByRecipientOrderByCreatedAtDesc("facilitator").stream()
                .anyMatch(n -> ("/tasks/" + check.getId()).equals(n.getLink())));
        assertThat(notifications.findTop200ByRecipientOrderByCreatedAtDesc("panel"))
                .noneMatch(n -> ("/tasks/" + check.getId()).equals(n.getLink()));
    }
}
