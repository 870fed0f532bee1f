package org.communityjourneys.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The tally rule used, who certified the result and when it was published. */
@Entity
@Table(name = "vote_certification")
public class VoteCertification {

    @Id
    @Column(name = "journey_id")
    private UUID journeyId;

    @Column(nullable = false)
    private String rule;

    @Column(name = "certified_by")
    private String certifiedBy;

    @Column(name = "certified_at")
    private Instant certifiedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected VoteCertification() {
    }

    public VoteCertification(UUID journeyId, String rule) {
        this.journeyId = journeyId;
        this.rule = rule;
    }

    public void retallied(String rule) {
        this.rule = rule;
        this.certifiedBy = null;
        this.certifiedAt = null;
    }

    public void certify(String by, Instant at) {
        this.certifiedBy = by;
        this.certifiedAt = at;
    }

    public void publish(Instant at) {
        if (certifiedAt == null) {
            throw new IllegalStateException("A result must be certified before it is published.");
        }
        this.publishedAt = at;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public String getRule() {
        return rule;
    }

    public String getCertifiedBy() {
        return certifiedBy;
    }

    public Instant getCertifiedAt() {
        return certifiedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
