package org.communityjourneys.tasks.service;

import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Refused;
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
                .orElseThrow(() -> Refused.state("tasks.refused.notOffered"));
        TaskFormSource form = inbox.formFor(done.taskId());
        if (!done.journeyId().toString().equals(task.journeyId())
                || form.kind() != TaskFormSource.Kind.SCREEN || !done.screen().equals(form.screen())) {
            throw Refused.state("tasks.refused.notThisScreen");
        }
        if (done.grantId() != null && !done.grantId().toString().equals(String.valueOf(inbox.variables(done.taskId())
                .get("grantId")))) {
            throw Refused.state("tasks.refused.notThisGrant");
        }
        inbox.complete(done.taskId(), done.variables(), username, currentUser.roles());
    }
}
