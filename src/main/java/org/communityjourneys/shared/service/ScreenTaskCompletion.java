package org.communityjourneys.shared.service;

import org.communityjourneys.shared.domain.TaskDoneOnScreen;

/**
 * The port through which a dedicated screen's service completes its process task, as a call
 * (implemented by the engine adapter in {@code workflow}): in the caller's thread and
 * transaction, after checking that the task is open, offered to the person signed in, belongs to
 * the screen's journey (and grant) and names that screen as its form. A refusal is an
 * {@link IllegalStateException}, so nothing the screen saved in the same transaction is kept;
 * without the adapter the application does not start.
 */
public interface ScreenTaskCompletion {

    void complete(TaskDoneOnScreen done);
}
