package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.communityjourneys.identity.service.CurrentUser;
import org.springframework.stereotype.Component;

/** Who completed a task: its assignee, else the logged-in user, else the system. */
@Component
class TaskCompleter {

    static final String SYSTEM = "system";

    private final CurrentUser currentUser;

    TaskCompleter(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    String of(DelegateTask task) {
        if (task.getAssignee() != null && !task.getAssignee().isBlank()) {
            return task.getAssignee();
        }
        return current();
    }

    String current() {
        return currentUser.username().orElse(SYSTEM);
    }
}
