package org.communityjourneys.shared.domain;

import java.util.Map;

/**
 * A dedicated screen (a task whose form key is {@code screen:<name>}) asks for its task to be
 * completed by the person signed in, with these process variables. The workflow module completes
 * it in the caller's thread and transaction, so a refusal (task gone, not offered to this role,
 * claimed by someone else, a listener saying no) reaches the screen as an exception and nothing
 * the screen saved in the same transaction is kept.
 */
public record TaskDoneOnScreen(String taskId, Map<String, Object> variables) {

    public TaskDoneOnScreen {
        if (taskId == null || taskId.isBlank()) {
            throw new IllegalArgumentException("This screen was opened without its task; open it from My tasks.");
        }
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
