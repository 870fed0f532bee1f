package org.communityjourneys.workflow.service;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.communityjourneys.shared.domain.ModelContract;
import org.communityjourneys.studio.domain.ModelProblem;

/**
 * The studio's check of a process against {@link ModelContract}: every user task, timer and
 * message the code relies on must still be there, with its id and kind, a user task with the
 * listeners that guard its step, a timer due at the variable the code moves; otherwise the new
 * version is refused with what is missing and what needs it.
 */
final class ModelContractCheck {

    static final String RULE = "contract.missing";

    private ModelContractCheck() {
    }

    static List<ModelProblem> problems(String fileName, BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            for (ModelContract.Requirement requirement : ModelContract.of(process.getId())) {
                if (!holds(model, requirement)) {
                    problems.add(ModelProblem.of(fileName, requirement.id(), RULE,
                            requirement.kind() == ModelContract.Kind.MESSAGE ? "studio.check.contractMessage" : "studio.check.contractElement",
                            requirement.describe(), process.getId(), requirement.neededBy()));
                }
            }
        }
        return problems;
    }

    private static boolean holds(BpmnModelInstance model, ModelContract.Requirement requirement) {
        return switch (requirement.kind()) {
            case USER_TASK -> model.getModelElementById(requirement.id()) instanceof UserTask task
                    && requirement.listeners().stream().allMatch(listener -> hasListener(task, listener));
            case TIMER -> isTimer(model.getModelElementById(requirement.id()), requirement.variable());
            case MESSAGE -> model.getModelElementsByType(Message.class).stream()
                    .anyMatch(message -> requirement.id().equals(message.getName()));
        };
    }

    /** Whether the task keeps the listener {@code "event:bean"} as {@code camunda:delegateExpression="${bean}"}. */
    private static boolean hasListener(UserTask task, String listener) {
        String event = listener.substring(0, listener.indexOf(':'));
        String expression = "${" + listener.substring(listener.indexOf(':') + 1) + "}";
        return task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaTaskListener.class).list().stream()
                .anyMatch(found -> event.equals(found.getCamundaEvent()) && expression.equals(found.getCamundaDelegateExpression()));
    }

    private static boolean isTimer(ModelElementInstance element, String variable) {
        if (!(element instanceof CatchEvent event)) {
            return false;
        }
        return event.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast)
                .anyMatch(timer -> variable == null || (timer.getTimeDate() != null
                        && timer.getTimeDate().getTextContent().replace(" ", "").contains("${" + variable + "}")));
    }
}
