package org.communityjourneys.workflow.service.delegate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.communityjourneys.tasks.domain.TaskReminderDue;

/**
 * Finds the user task a reminder is about: the reminder's service task follows a non-interrupting
 * timer attached to that user task. Reads its id, assignee and candidate groups for the reminder.
 * Where a task runs once per winning idea, the one of the reminder's idea is chosen.
 */
final class WaitingTask {

    private WaitingTask() {
    }

    static TaskReminderDue reminder(DelegateExecution execution, String taskName, UUID journeyId) {
        String taskKey = attachedTaskKey(execution);
        if (taskKey == null) {
            return new TaskReminderDue(taskName, journeyId, execution.getId());
        }
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        List<Task> waiting = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).active().list();
        Object ideaId = execution.getVariable("ideaId");
        if (waiting.size() > 1 && ideaId != null) {
            List<Task> ofThisIdea = waiting.stream()
                    .filter(task -> ideaId.toString().equals(String.valueOf(tasks.getVariable(task.getId(), "ideaId"))))
                    .toList();
            waiting = ofThisIdea.isEmpty() ? waiting : ofThisIdea;
        }
        Set<String> assignees = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (Task task : waiting) {
            if (task.getAssignee() != null) {
                assignees.add(task.getAssignee());
            }
            tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .forEach(link -> groups.add(link.getGroupId()));
        }
        String taskId = waiting.size() == 1 ? waiting.get(0).getId() : null;
        return new TaskReminderDue(taskName, journeyId, taskId, new ArrayList<>(assignees), new ArrayList<>(groups),
                execution.getId());
    }

    private static String attachedTaskKey(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (!(element instanceof FlowNode node)) {
            return null;
        }
        for (SequenceFlow incoming : node.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                return boundary.getAttachedTo().getId();
            }
        }
        return null;
    }
}
