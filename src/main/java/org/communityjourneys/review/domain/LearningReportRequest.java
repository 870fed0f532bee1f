package org.communityjourneys.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A report the process waits for: whose grant it is, when it is due, and the open task. */
@Entity
@Table(name = "learning_report_request")
public class LearningReportRequest {

    @Id
    @Column(name = "grant_id")
    private UUID grantId;

    /** The journey of a journey's grant; null for a hub's start-up grant. */
    @Column(name = "journey_id")
    private UUID journeyId;

    private String holder;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "task_id")
    private String taskId;

    protected LearningReportRequest() {
    }

    public LearningReportRequest(UUID grantId, UUID journeyId, String holder, Instant requestedAt, Instant dueAt) {
        this.grantId = grantId;
        this.journeyId = journeyId;
        this.holder = holder;
        this.requestedAt = requestedAt;
        this.dueAt = dueAt;
    }

    public void taskOpened(String taskId) {
        this.taskId = taskId;
    }

    public void heldBy(String holder) {
        if (this.holder == null) {
            this.holder = holder;
        }
    }

    public boolean isHeldBy(String username) {
        return holder != null && holder.equalsIgnoreCase(username);
    }

    public UUID getGrantId() {
        return grantId;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getTaskId() {
        return taskId;
    }
}
