package org.communityjourneys.workflow.service;

import org.communityjourneys.tasks.service.TaskInbox;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.demo.service.JourneyTasks;
import org.communityjourneys.identity.service.CurrentUser;
import org.springframework.stereotype.Component;

/** The demo seeding's view of a journey's open tasks, on the engine; completion goes through the task inbox. */
@Component
class EngineJourneyTasks implements JourneyTasks {

    private final TaskService tasks;
    private final TaskInbox inbox;
    private final CurrentUser currentUser;

    EngineJourneyTasks(TaskService tasks, TaskInbox inbox, CurrentUser currentUser) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> openTask(UUID journeyId, String taskKey, UUID grantId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(journeyId.toString()).taskDefinitionKey(taskKey)
                .active().orderByTaskCreateTime().asc().list().stream()
                .filter(task -> grantId == null || grantId.toString().equals(String.valueOf(grantOf(task))))
                .map(Task::getId)
                .findFirst();
    }

    private Object grantOf(Task task) {
        return tasks.getVariable(task.getId(), "grantId");
    }

    @Override
    public void completeForm(String taskId, Map<String, Object> values) {
        inbox.complete(taskId, values, currentUser.require(), currentUser.roles());
    }
}
