package org.communityjourneys.tasks.domain;

import java.util.List;
import java.util.UUID;

/**
 * A human task of a journey has waited long enough that its people should be reminded.
 * {@code taskId} is the waiting task (null when it could not be told apart); {@code assignees} are
 * the users it is assigned to and {@code candidateGroups} the roles that may claim it (both
 * possibly empty). {@code journeyId} is null for grants outside a journey.
 */
public record TaskReminderDue(String taskName, UUID journeyId, String taskId, List<String> assignees,
        List<String> candidateGroups) {

    public TaskReminderDue {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }

    /** A reminder that knows only the task's name. */
    public TaskReminderDue(String taskName, UUID journeyId) {
        this(taskName, journeyId, null, List.of(), List.of());
    }
}
