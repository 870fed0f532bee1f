// Over 400 lines: one guarded state machine for the three grant programmes, plus the getters its screens read.
package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.communityjourneys.shared.domain.Refused;

/**
 * A grant from the chest: to a journey's winning idea, or claimed straight from a fund as a hub
 * start-up or fast-track grant ({@link GrantProgramme}). One guarded state machine for all three
 * (see {@link GrantStatus}); the programme decides which steps it has: a grant drawn from a fund
 * starts applied on the light-touch route and has no agreement. Every transition checks the
 * current state and throws {@link IllegalStateException} otherwise, and the {@code version}
 * column makes two concurrent transitions on the same grant fail one of them.
 */
@Entity
@Table(name = "chest_grant")
public class Grant {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantProgramme programme;

    /** The journey and its winning idea; none for a grant drawn straight from a fund. */
    @Column(name = "journey_id")
    private UUID journeyId;

    @Column(name = "idea_id")
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
        this.programme = GrantProgramme.JOURNEY;
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
     * A hub start-up or fast-track claim on {@code fundId}, as {@code claimant} sent it: applied at
     * once, on the light-touch route, held by the claimant. The caller checks the programme's
     * ceiling and the fund's rules.
     */
    public static Grant claimedFromFund(GrantProgramme programme, UUID fundId, String organisation, String contact,
            String purpose, long amountPence, String claimant, Instant createdAt) {
        if (!programme.isDrawnFromFund()) {
            throw new IllegalArgumentException("A journey's grant is opened for a winning idea, not claimed.");
        }
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.programme = programme;
        grant.fundId = fundId;
        grant.title = organisation;
        grant.organisation = organisation;
        grant.contact = contact;
        grant.summary = purpose;
        grant.amountPence = amountPence;
        grant.votedPence = amountPence;
        grant.holder = claimant;
        grant.appliedBy = claimant;
        grant.route = DecisionRole.FACILITATOR.route();
        grant.status = GrantStatus.APPLIED;
        grant.createdAt = createdAt;
        return grant;
    }

    /**
     * The holder's application, or its correction before the route is chosen. {@code by} is who
     * sent it: the holder, or a facilitator on the holder's behalf.
     */
    public void apply(GrantApplication application, String by, boolean onBehalf) {
        requireJourneyStep("application form");
        require("recordApplication", GrantStatus.OPEN, GrantStatus.APPLIED);
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
        requireJourneyStep("route to choose");
        require("chooseRoute", GrantStatus.APPLIED);
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
        require("recordDecision", waitingForDecision());
        if (approved && approvedPence != null && approvedPence != amountPence) {
            if (role == DecisionRole.FACILITATOR) {
                throw Refused.state("chest.grant.differentAmountLightTouch");
            }
            if (approvedPence <= 0) {
                throw Refused.state("chest.grant.approvedAmountZero");
            }
            if (amountReason == null || amountReason.isBlank()) {
                throw Refused.state("chest.grant.amountReasonMissing");
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
        requireJourneyStep("agreement");
        require("acceptAgreement", GrantStatus.APPROVED);
        requireDecidedOnItsRoute();
        this.status = GrantStatus.AGREED;
        this.agreedBy = by;
        this.agreedOnBehalf = onBehalf;
    }

    /** The holder (or a facilitator for them) withdrew before payment. */
    public void withdrawn(String reason, String by, boolean onBehalf) {
        requireJourneyStep("withdrawal");
        require("withdraw", GrantStatus.OPEN, GrantStatus.APPLIED, GrantStatus.ROUTED, GrantStatus.APPROVED,
                GrantStatus.AGREED);
        this.status = GrantStatus.WITHDRAWN;
        this.decisionReason = reason;
        this.agreedBy = by;
        this.agreedOnBehalf = onBehalf;
    }

    /** The reason the holder gave for withdrawing, recorded after the withdrawal itself. */
    public void withdrawalReason(String reason) {
        require("recordWithdrawalReason", GrantStatus.WITHDRAWN);
        this.decisionReason = reason;
    }

    /**
     * An instalment was paid, bringing what was paid in all to {@code paidPence}: only a grant
     * that may be paid now ({@link #isPayable()}), decided by its route's role, and never beyond
     * the approved amount. A journey's grant is part paid until the approved amount is paid in
     * full, then paid; a grant drawn from a fund is paid once, and what it did not take goes back.
     */
    public void paid(long paidPence) {
        if (!isPayable()) {
            throw new IllegalStateException(programme.isDrawnFromFund() ? "Only an approved grant can be paid."
                    : "Cannot pay it (a grant is paid once approved and its agreement accepted): the grant \u201c" + title
                            + "\u201d is " + status.label() + ".");
        }
        requireDecidedOnItsRoute();
        if (paidPence <= 0 || paidPence > amountPence) {
            throw new IllegalStateException("Cannot pay " + org.communityjourneys.shared.domain.Money.format(paidPence)
                    + " in all on a grant of " + org.communityjourneys.shared.domain.Money.format(amountPence) + ".");
        }
        this.status = paidPence == amountPence || programme.isDrawnFromFund() ? GrantStatus.PAID : GrantStatus.PART_PAID;
    }

    /** Whether a payment may be recorded now: agreed or part paid, or approved for a grant drawn from a fund. */
    public boolean isPayable() {
        return programme.isDrawnFromFund() ? status == GrantStatus.APPROVED
                : status == GrantStatus.AGREED || status == GrantStatus.PART_PAID;
    }

    /** Whether the grant waits for its decision: routed, or applied for a grant drawn from a fund. */
    public boolean isWaitingForDecision() {
        return status == waitingForDecision();
    }

    private GrantStatus waitingForDecision() {
        return programme.isDrawnFromFund() ? GrantStatus.APPLIED : GrantStatus.ROUTED;
    }

    private void requireJourneyStep(String step) {
        if (programme.isDrawnFromFund()) {
            throw new IllegalStateException("A " + programme.label().toLowerCase() + " has no " + step + ".");
        }
    }

    /** The group's learning report is in (again, after a clarification: no change). */
    public void reported() {
        require("recordReport", GrantStatus.PAID, GrantStatus.REPORTED);
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

    /** Refuses the step (named by its {@code chest.grant.step.} key) unless the grant is in one of the states. */
    private void require(String step, GrantStatus... allowed) {
        for (GrantStatus status : allowed) {
            if (this.status == status) {
                return;
            }
        }
        throw Refused.state("chest.grant.cannot", Wording.of("chest.grant.step." + step), title, this.status.wording());
    }

    public GrantFacts facts(String fundName) {
        return new GrantFacts(id, amountPence, childrenOrVulnerableAdults, firstTimeGroup, fundName);
    }

    public UUID getId() {
        return id;
    }

    public GrantProgramme getProgramme() {
        return programme;
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
