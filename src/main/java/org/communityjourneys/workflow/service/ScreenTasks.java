package org.communityjourneys.workflow.service;

import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Completes the tasks that dedicated screens finish, as the person signed in. */
@Component
class ScreenTasks {

    private final TaskInbox inbox;
    private final CurrentUser currentUser;

    ScreenTasks(TaskInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(TaskDoneOnScreen done) {
        inbox.complete(done.taskId(), done.variables(), currentUser.require(), currentUser.roles());
    }
}
