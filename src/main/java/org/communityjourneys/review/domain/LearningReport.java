package org.communityjourneys.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a funded project tells about itself, and the facilitator's review. */
@Entity
@Table(name = "learning_report")
public class LearningReport {

    @Id
    private UUID id;

    @Column(name = "grant_id", nullable = false, unique = true)
    private UUID grantId;

    @Column(name = "what_happened", nullable = false)
    private String whatHappened;

    @Column(name = "people_reached", nullable = false)
    private int peopleReached;

    @Column(nullable = false)
    private int volunteers;

    private String story;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportOutcome outcome;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected LearningReport() {
    }

    public LearningReport(UUID grantId) {
        this.id = UUID.randomUUID();
        this.grantId = grantId;
    }

    public void submit(LearningReportDraft draft, String by, Instant at) {
        this.whatHappened = draft.whatHappened().trim();
        this.peopleReached = draft.peopleReached();
        this.volunteers = draft.volunteers();
        this.story = draft.story();
        this.submittedBy = by;
        this.submittedAt = at;
        this.outcome = ReportOutcome.SUBMITTED;
    }

    public void reviewed(boolean accepted, String note, String by, Instant at) {
        this.outcome = accepted ? ReportOutcome.ACCEPTED : ReportOutcome.CLARIFICATION_ASKED;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public int getPeopleReached() {
        return peopleReached;
    }

    public int getVolunteers() {
        return volunteers;
    }

    public String getStory() {
        return story;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ReportOutcome getOutcome() {
        return outcome;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
