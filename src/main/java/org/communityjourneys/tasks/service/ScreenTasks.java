package org.communityjourneys.tasks.service;

import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.communityjourneys.tasks.domain.TaskFormSource;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Completes the tasks that dedicated screens finish, as the person signed in, after checking that
 * the task is open, belongs to the screen's journey and names that screen as its form: a task id
 * copied from another journey's, another screen's or another grant's address is refused.
 */
@Component
class ScreenTasks implements ScreenTaskCompletion {

    static final String NOT_THIS_SCREENS_TASK = "This task is not one this screen can finish; open it from My tasks.";
    static final String NOT_THIS_GRANTS_TASK = "This task belongs to another grant; open this grant's task from My tasks.";

    private final TaskInbox inbox;
    private final CurrentUser currentUser;

    /** The inbox is lazy: it reads the feature services that call this port. */
    ScreenTasks(@Lazy TaskInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Override
    public void complete(TaskDoneOnScreen done) {
        String username = currentUser.require();
        TaskSummary task = inbox.find(done.taskId(), username, currentUser.roles())
                .orElseThrow(() -> new IllegalStateException(
                        "This task is already done or is not offered to you; open My tasks to see what is waiting."));
        TaskFormSource form = inbox.formFor(done.taskId());
        if (!done.journeyId().toString().equals(task.journeyId())
                || form.kind() != TaskFormSource.Kind.SCREEN || !done.screen().equals(form.screen())) {
            throw new IllegalStateException(NOT_THIS_SCREENS_TASK);
        }
        if (done.grantId() != null && !done.grantId().toString().equals(String.valueOf(inbox.variables(done.taskId())
                .get("grantId")))) {
            throw new IllegalStateException(NOT_THIS_GRANTS_TASK);
        }
        inbox.complete(done.taskId(), done.variables(), username, currentUser.roles());
    }
}
