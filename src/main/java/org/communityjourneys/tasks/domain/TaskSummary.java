package org.communityjourneys.tasks.domain;

import java.time.Instant;
import java.util.List;

/**
 * One open human task as the task list shows it. {@code journeyId} is the business key of the
 * task's process instance; {@code journeyTitle} is null when that is not a known journey.
 */
public record TaskSummary(
        String id,
        String name,
        String processInstanceId,
        String journeyId,
        String journeyTitle,
        Instant created,
        Instant due,
        List<String> candidateGroups,
        String assignee) {

    public TaskSummary {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }

    public boolean overdueAt(Instant now) {
        return due != null && due.isBefore(now);
    }

    public boolean claimed() {
        return assignee != null;
    }

    /** The journey's title, or its id when the title is not known. */
    public String journeyLabel() {
        return journeyTitle != null ? journeyTitle : journeyId == null ? "" : journeyId;
    }
}
