package org.communityjourneys.shared.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A dedicated screen (a task whose form key is {@code screen:<name>}) has finished its task, to be
 * completed by the person signed in with these process variables, through
 * {@link org.communityjourneys.shared.service.ScreenTaskCompletion}. The workflow module completes
 * it in the caller's thread and transaction after checking that the task belongs to this journey
 * and is one this screen finishes, so a refusal (task gone, another journey's or another screen's
 * task, not offered to this role, claimed by someone else, a listener saying no) reaches the
 * screen as an exception and nothing the screen saved in the same transaction is kept. When the
 * screen acts on one grant, {@code grantId} names it and the task's own {@code grantId} variable
 * must be the same grant.
 */
public record TaskDoneOnScreen(String taskId, UUID journeyId, String screen, Map<String, Object> variables,
        UUID grantId) {

    public TaskDoneOnScreen(String taskId, UUID journeyId, String screen, Map<String, Object> variables) {
        this(taskId, journeyId, screen, variables, null);
    }

    public TaskDoneOnScreen {
        if (taskId == null || taskId.isBlank()) {
            throw Refused.input("tasks.refused.openedWithoutTask");
        }
        if (journeyId == null || screen == null || screen.isBlank()) {
            throw new IllegalArgumentException("A screen must say which journey and which screen finish the task.");
        }
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
