package org.communityjourneys.chest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A hub start-up or fast-track grant, drawn straight from one fund; guarded transitions, versioned. */
@Entity
@Table(name = "direct_grant")
public class DirectGrant {

    @Id
    private UUID id;

    @Column(name = "fund_id", nullable = false)
    private UUID fundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DirectGrantProgramme programme;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String contact;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantStatus status;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "applied_by", nullable = false)
    private String appliedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DirectGrant() {
    }

    public DirectGrant(UUID fundId, DirectGrantProgramme programme, String organisation, String contact, String purpose,
            long amountPence, String appliedBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.fundId = fundId;
        this.programme = programme;
        this.organisation = organisation;
        this.contact = contact;
        this.purpose = purpose;
        this.amountPence = amountPence;
        this.status = GrantStatus.APPLIED;
        this.appliedBy = appliedBy;
        this.createdAt = createdAt;
    }

    public void approved(String by) {
        require("approve it", GrantStatus.APPLIED);
        this.status = GrantStatus.APPROVED;
        this.decidedBy = by;
    }

    public void declined(String reason, String by) {
        require("decline it", GrantStatus.APPLIED);
        this.status = GrantStatus.DECLINED;
        this.decisionReason = reason;
        this.decidedBy = by;
    }

    /** Paid: only once approved, by someone who recorded the approval. */
    public void paid() {
        require("pay it (only an approved grant can be paid)", GrantStatus.APPROVED);
        if (decidedBy == null) {
            throw new IllegalStateException("This grant has no recorded approval.");
        }
        this.status = GrantStatus.PAID;
    }

    /** The hub's learning report is in. */
    public void reported() {
        require("record its learning report", GrantStatus.PAID, GrantStatus.REPORTED);
        this.status = GrantStatus.REPORTED;
    }

    private void require(String what, GrantStatus... allowed) {
        for (GrantStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new IllegalStateException("Cannot " + what + ": the grant to " + organisation + " is " + status.label() + ".");
    }

    public UUID getId() {
        return id;
    }

    public UUID getFundId() {
        return fundId;
    }

    public DirectGrantProgramme getProgramme() {
        return programme;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContact() {
        return contact;
    }

    public String getPurpose() {
        return purpose;
    }

    public long getAmountPence() {
        return amountPence;
    }

    public GrantStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
