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

/** A grant from the chest to a winning idea. */
@Entity
@Table(name = "chest_grant")
public class Grant {

    @Id
    private UUID id;

    @Column(name = "journey_id", nullable = false)
    private UUID journeyId;

    @Column(name = "idea_id", nullable = false)
    private UUID ideaId;

    @Column(name = "fund_id", nullable = false)
    private UUID fundId;

    @Column(nullable = false)
    private String title;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    private String organisation;
    private String contact;
    private String summary;

    @Column(name = "vulnerable_people", nullable = false)
    private boolean childrenOrVulnerableAdults;

    @Column(name = "first_time_group", nullable = false)
    private boolean firstTimeGroup;

    private String route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantStatus status;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Grant() {
    }

    public Grant(UUID journeyId, UUID ideaId, UUID fundId, String title, long amountPence, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.journeyId = journeyId;
        this.ideaId = ideaId;
        this.fundId = fundId;
        this.title = title;
        this.amountPence = amountPence;
        this.status = GrantStatus.OPEN;
        this.createdAt = createdAt;
    }

    public void apply(GrantApplication application) {
        this.organisation = application.organisation();
        this.contact = application.contact();
        this.amountPence = application.amountPence();
        this.childrenOrVulnerableAdults = application.childrenOrVulnerableAdults();
        this.firstTimeGroup = application.firstTimeGroup();
        this.summary = application.summary();
        this.status = GrantStatus.APPLIED;
    }

    public void decide(String route, boolean approved, String reason, String by) {
        this.route = route;
        this.status = approved ? GrantStatus.APPROVED : GrantStatus.DECLINED;
        this.decisionReason = reason;
        this.decidedBy = by;
    }

    public void agreed() {
        this.status = GrantStatus.AGREED;
    }

    public void withdrawn(String reason) {
        this.status = GrantStatus.WITHDRAWN;
        this.decisionReason = reason;
    }

    public void paid() {
        this.status = GrantStatus.PAID;
    }

    public GrantFacts facts(String fundName) {
        return new GrantFacts(id, amountPence, childrenOrVulnerableAdults, firstTimeGroup, fundName);
    }

    public UUID getId() {
        return id;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public UUID getIdeaId() {
        return ideaId;
    }

    public UUID getFundId() {
        return fundId;
    }

    public String getTitle() {
        return title;
    }

    public long getAmountPence() {
        return amountPence;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContact() {
        return contact;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isChildrenOrVulnerableAdults() {
        return childrenOrVulnerableAdults;
    }

    public boolean isFirstTimeGroup() {
        return firstTimeGroup;
    }

    public String getRoute() {
        return route;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
