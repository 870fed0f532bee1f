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

/**
 * A grant from the chest to a winning idea: a guarded state machine (see {@link GrantStatus});
 * every transition checks the current state and throws {@link IllegalStateException} otherwise, and
 * the {@code version} column makes two concurrent transitions on the same grant fail one of them.
 */
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

    /** What the grant asks for, then what was approved. */
    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    /** What residents voted for: the winning idea's cost when the grant opened. */
    @Column(name = "voted_pence", nullable = false)
    private long votedPence;

    /** Why the approved amount differs from what residents voted for (panel chair or board only). */
    @Column(name = "amount_change_reason")
    private String amountChangeReason;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_as")
    private DecisionRole decidedAs;

    /** Whose grant it is: the winning idea's author, set when the grant opens. */
    private String holder;

    @Column(name = "applied_by")
    private String appliedBy;

    @Column(name = "applied_on_behalf", nullable = false)
    private boolean appliedOnBehalf;

    @Column(name = "agreed_by")
    private String agreedBy;

    @Column(name = "agreed_on_behalf", nullable = false)
    private boolean agreedOnBehalf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Grant() {
    }

    public Grant(UUID journeyId, UUID ideaId, UUID fundId, String title, long amountPence, String holder,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.journeyId = journeyId;
        this.ideaId = ideaId;
        this.fundId = fundId;
        this.title = title;
        this.amountPence = amountPence;
        this.votedPence = amountPence;
        this.holder = holder;
        this.status = GrantStatus.OPEN;
        this.createdAt = createdAt;
    }

    /**
     * The holder's application, or its correction before the route is chosen. {@code by} is who
     * sent it: the holder, or a facilitator on the holder's behalf.
     */
    public void apply(GrantApplication application, String by, boolean onBehalf) {
        require("record an application", GrantStatus.OPEN, GrantStatus.APPLIED);
        if (application.amountPence() > votedPence) {
            throw new IllegalStateException("The application asks for more than residents voted for ("
                    + org.communityjourneys.shared.domain.Money.format(votedPence)
                    + "); only the panel or the board can approve a different amount, with a reason.");
        }
        this.organisation = application.organisation();
        this.contact = application.contact();
        this.amountPence = application.amountPence();
        this.childrenOrVulnerableAdults = application.childrenOrVulnerableAdults();
        this.firstTimeGroup = application.firstTimeGroup();
        this.summary = application.summary();
        this.appliedBy = by;
        this.appliedOnBehalf = onBehalf;
        this.status = GrantStatus.APPLIED;
    }

    /** Proportionate governance chose the route (a route the chest knows) for the application. */
    public void routed(String chosenRoute) {
        require("choose its route", GrantStatus.APPLIED);
        if (!DecisionRole.isKnownRoute(chosenRoute)) {
            throw new IllegalStateException("The chest knows no governance route \u201c" + chosenRoute + "\u201d.");
        }
        this.route = chosenRoute;
        this.status = GrantStatus.ROUTED;
    }

    /**
     * Approved or declined on its route, by {@code by} deciding as {@code role}: the role must be
     * the one the route needs (a facilitator for a light-touch check, the panel chair for the
     * panel, a governance lead for the board).
     */
    public void decide(boolean approved, String reason, String by, DecisionRole role) {
        decide(approved, reason, by, role, null, null);
    }

    /**
     * As {@link #decide(boolean, String, String, DecisionRole)}, approving {@code approvedPence}
     * instead of the amount applied for: only the panel chair or the board may, and only with a
     * reason, which is published with the grant.
     */
    public void decide(boolean approved, String reason, String by, DecisionRole role, Long approvedPence,
            String amountReason) {
        require("record a decision", GrantStatus.ROUTED);
        if (approved && approvedPence != null && approvedPence != amountPence) {
            if (role == DecisionRole.FACILITATOR) {
                throw new IllegalStateException("A light-touch check approves the amount applied for; a different amount "
                        + "needs the panel or the board.");
            }
            if (approvedPence <= 0) {
                throw new IllegalStateException("An approved amount must be more than \u00a30.");
            }
            if (amountReason == null || amountReason.isBlank()) {
                throw new IllegalStateException("Give the reason for approving a different amount: it is shown publicly.");
            }
        }
        DecisionRole needed = DecisionRole.forRoute(route);
        if (role != needed) {
            throw new IllegalStateException("This grant is on the " + route + " route: only " + needed.label()
                    + " can decide it.");
        }
        if (by == null || by.isBlank()) {
            throw new IllegalStateException("A grant's decision must name who made it.");
        }
        if (approved && approvedPence != null && approvedPence != amountPence) {
            this.amountPence = approvedPence;
            this.amountChangeReason = amountReason.strip();
        }
        this.status = approved ? GrantStatus.APPROVED : GrantStatus.DECLINED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAs = role;
    }

    /** The holder (or a facilitator for them) accepted the grant agreement. */
    public void agreed(String by, boolean onBehalf) {
        require("accept its agreement", GrantStatus.APPROVED);
        requireDecidedOnItsRoute();
        this.status = GrantStatus.AGREED;
        this.agreedBy = by;
        this.agreedOnBehalf = onBehalf;
    }

    /** The holder (or a facilitator for them) withdrew before payment. */
    public void withdrawn(String reason, String by, boolean onBehalf) {
        require("withdraw it", GrantStatus.OPEN, GrantStatus.APPLIED, GrantStatus.ROUTED, GrantStatus.APPROVED,
                GrantStatus.AGREED);
        this.status = GrantStatus.WITHDRAWN;
        this.decisionReason = reason;
        this.agreedBy = by;
        this.agreedOnBehalf = onBehalf;
    }

    /** The reason the holder gave for withdrawing, recorded after the withdrawal itself. */
    public void withdrawalReason(String reason) {
        require("record why it was withdrawn", GrantStatus.WITHDRAWN);
        this.decisionReason = reason;
    }

    /**
     * An instalment was paid, bringing what was paid in all to {@code paidPence}: only an approved
     * grant, decided by its route's role, whose agreement was accepted, and never beyond the
     * approved amount. Part paid until the approved amount is paid in full, then paid.
     */
    public void paid(long paidPence) {
        require("pay it (a grant is paid once approved and its agreement accepted)", GrantStatus.AGREED,
                GrantStatus.PART_PAID);
        requireDecidedOnItsRoute();
        if (paidPence <= 0 || paidPence > amountPence) {
            throw new IllegalStateException("Cannot pay " + org.communityjourneys.shared.domain.Money.format(paidPence)
                    + " in all on a grant of " + org.communityjourneys.shared.domain.Money.format(amountPence) + ".");
        }
        this.status = paidPence == amountPence ? GrantStatus.PAID : GrantStatus.PART_PAID;
    }

    /** The group's learning report is in (again, after a clarification: no change). */
    public void reported() {
        require("record its learning report", GrantStatus.PAID, GrantStatus.REPORTED);
        this.status = GrantStatus.REPORTED;
    }

    public boolean isHeldBy(String username) {
        return holder != null && username != null && holder.equalsIgnoreCase(username);
    }

    private void requireDecidedOnItsRoute() {
        if (route == null || decidedBy == null || decidedAs != DecisionRole.forRoute(route)) {
            throw new IllegalStateException("This grant has no decision recorded by the role its route needs.");
        }
    }

    private void require(String what, GrantStatus... allowed) {
        for (GrantStatus status : allowed) {
            if (this.status == status) {
                return;
            }
        }
        throw new IllegalStateException("Cannot " + what + ": the grant \u201c" + title + "\u201d is "
                + this.status.label() + ".");
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

    public long getVotedPence() {
        return votedPence;
    }

    public String getAmountChangeReason() {
        return amountChangeReason;
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

    public DecisionRole getDecidedAs() {
        return decidedAs;
    }

    public String getHolder() {
        return holder;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public boolean isAppliedOnBehalf() {
        return appliedOnBehalf;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public boolean isAgreedOnBehalf() {
        return agreedOnBehalf;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
