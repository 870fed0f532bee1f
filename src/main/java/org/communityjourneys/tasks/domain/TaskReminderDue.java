package org.communityjourneys.tasks.domain;

import java.util.List;
import java.util.UUID;

/**
 * A human task of a journey has waited long enough that its people should be reminded.
 * {@code taskId} is the waiting task (null when it could not be told apart); {@code assignees} are
 * the users it is assigned to and {@code candidateGroups} the roles that may claim it (both
 * possibly empty). {@code journeyId} is null for grants outside a journey. {@code reminderId}
 * tells one reminder from the next about the same task (the engine's id of the reminder step), so
 * each is told once even when its notice rule runs twice.
 */
public record TaskReminderDue(String taskName, UUID journeyId, String taskId, List<String> assignees,
        List<String> candidateGroups, String reminderId) {

    public TaskReminderDue {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
        reminderId = reminderId == null ? UUID.randomUUID().toString() : reminderId;
    }

    /** A reminder of its own (a new id). */
    public TaskReminderDue(String taskName, UUID journeyId, String taskId, List<String> assignees,
            List<String> candidateGroups) {
        this(taskName, journeyId, taskId, assignees, candidateGroups, null);
    }

    /** A reminder that knows only the task's name. */
    public TaskReminderDue(String taskName, UUID journeyId, String reminderId) {
        this(taskName, journeyId, null, List.of(), List.of(), reminderId);
    }
}
