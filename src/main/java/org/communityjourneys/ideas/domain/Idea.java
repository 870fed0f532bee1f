package org.communityjourneys.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.communityjourneys.shared.domain.Theme;

/** An idea a resident put forward for a journey. */
@Entity
@Table(name = "idea")
public class Idea {

    @Id
    private UUID id;

    @Column(name = "journey_id", nullable = false)
    private UUID journeyId;

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "estimated_cost_pence", nullable = false)
    private long estimatedCostPence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Theme theme;

    @Column(name = "led_by")
    private String ledBy;

    private String contact;

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdeaStatus status;

    @Column(name = "eligibility_reason")
    private String eligibilityReason;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected Idea() {
    }

    public Idea(UUID journeyId, IdeaDraft draft, String author, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.journeyId = journeyId;
        this.wardCode = draft.wardCode();
        this.title = draft.title().trim();
        this.description = draft.description().trim();
        this.estimatedCostPence = draft.estimatedCostPence();
        this.theme = draft.theme();
        this.ledBy = draft.ledBy();
        this.contact = draft.contact();
        this.author = author;
        this.status = IdeaStatus.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    public IdeaDraft asDraft() {
        return new IdeaDraft(title, description, estimatedCostPence, theme, wardCode, ledBy, contact);
    }

    public void screened(boolean eligible, String reason) {
        this.status = eligible ? IdeaStatus.ELIGIBLE : IdeaStatus.INELIGIBLE;
        this.eligibilityReason = reason;
    }

    public void shortlist() {
        this.status = IdeaStatus.SHORTLISTED;
    }

    public void exclude(String reason) {
        this.status = IdeaStatus.EXCLUDED;
        this.decisionReason = reason;
    }

    public void withdraw() {
        this.status = IdeaStatus.WITHDRAWN;
    }

    public boolean isInPlay() {
        return status != IdeaStatus.WITHDRAWN && status != IdeaStatus.HIDDEN;
    }

    public UUID getId() {
        return id;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public String getWardCode() {
        return wardCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getEstimatedCostPence() {
        return estimatedCostPence;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getLedBy() {
        return ledBy;
    }

    public String getContact() {
        return contact;
    }

    public String getAuthor() {
        return author;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
