package org.communityjourneys.chest.service;

import java.util.NoSuchElementException;
import java.util.UUID;
import org.communityjourneys.chest.domain.DecisionRole;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantAgreementAnswered;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.domain.GrantDecided;
import org.communityjourneys.chest.domain.GrantRepository;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.LedgerEntry;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.domain.LedgerEntryRepository;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a grant's life, guarded by the chest, for all three programmes (a journey's grant,
 * a hub start-up or a fast-track grant, claimed through {@link GrantClaims}): the step must fit
 * the grant's state ({@link Grant}'s transitions) and the person signed in must be the one the
 * step belongs to. The
 * application and the agreement belong to the grant's holder (a facilitator may act for them, and
 * that is recorded on the grant and in the audit log); the decision belongs to the role of the
 * grant's route; the payment to a governance lead, and only for an approved and agreed grant
 * ({@link GrantPayments}). A journey grant's approval and agreement are written to the ledger as
 * memo entries against the journey's reservation; the approval of a grant drawn from a fund
 * reserves its amount in that fund. The
 * engine's task listeners ask the chest here whether the step their task stands for was recorded,
 * so a task completed with bare variables is refused and its transaction rolled back.
 */
@Service
@Transactional
public class GrantLifecycle {

    /** Who did a holder's step: the holder, or a facilitator on their behalf. */
    public record Actor(String username, boolean onBehalf) {
    }

    private final GrantRepository grants;
    private final LedgerEntryRepository ledger;
    private final ChestService chest;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    GrantLifecycle(GrantRepository grants, LedgerEntryRepository ledger, ChestService chest, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.grants = grants;
        this.ledger = ledger;
        this.chest = chest;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * The person signed in, if they may do the holder's part of this grant: its holder, or a
     * facilitator (on the holder's behalf). Everyone else is refused.
     */
    @Transactional(readOnly = true)
    public Actor actorForHolder(UUID grantId, String what) {
        return actorFor(grant(grantId), what);
    }

    /** The application; the caller ({@link GrantApplicationService}) checks its answers. */
    public Actor recordApplication(UUID grantId, GrantApplication application) {
        Grant grant = grant(grantId);
        Actor actor = actorFor(grant, "send this grant's application");
        grant.apply(application, actor.username(), actor.onBehalf());
        grants.saveAndFlush(grant);
        return actor;
    }

    /** The route proportionate governance chose (the engine's step after the application). */
    public void recordRoute(UUID grantId, String route) {
        Grant grant = grant(grantId);
        grant.routed(route);
        grants.saveAndFlush(grant);
    }

    /**
     * Approves or declines the grant on {@code route}, as the person signed in, who must hold the
     * role the route needs. Approval is refused when the money is no longer there: the journey's
     * reservation for a journey's grant, the fund's available money for a grant drawn from a fund.
     */
    public void recordDecision(UUID grantId, String route, boolean approved, String reason) {
        recordDecision(grantId, route, approved, reason, null, null);
    }

    /**
     * As {@link #recordDecision(UUID, String, boolean, String)}, approving {@code approvedPence}
     * instead of what was applied for (the panel chair or the board only, with a reason that is
     * published with the grant). The approval commits the amount against the journey's reservation.
     */
    public void recordDecision(UUID grantId, String route, boolean approved, String reason, Long approvedPence,
            String amountReason) {
        if (!approved && (reason == null || reason.isBlank())) {
            throw Refused.input("chest.decision.declineReasonMissing");
        }
        Grant grant = grant(grantId);
        if (!grant.isWaitingForDecision()) {
            throw Refused.state("chest.decision.notWaitingItIs", grant.getStatus().wording());
        }
        if (route != null && !route.equals(grant.getRoute())) {
            throw Refused.state("chest.decision.otherRoute", grant.getRoute(), route);
        }
        DecisionRole role = DecisionRole.forRoute(grant.getRoute());
        String by = currentUser.username().orElseThrow(() -> new AccessDeniedToRole(
                "Only " + role.label() + " can decide this grant: sign in first."));
        if (!currentUser.hasRole(role.role())) {
            throw new AccessDeniedToRole("Only " + role.label() + " can decide this grant.");
        }
        grant.decide(approved, reason == null ? null : reason.strip(), by, role, approvedPence, amountReason);
        if (approved && grant.getProgramme().isDrawnFromFund()) {
            chest.reserveForGrant(grant.getFundId(), grantId, grant.getAmountPence(), grant.getProgramme().label() + " for "
                    + grant.getOrganisation(), by);
        } else if (approved) {
            chest.requireMoneyForApproval(grant);
        }
        grants.saveAndFlush(grant);
        if (approved && !grant.getProgramme().isDrawnFromFund()) {
            recordStep(grant, LedgerEntryKind.COMMITMENT, "Approved by " + role.label()
                    + (grant.getAmountChangeReason() == null ? "" : " (amount changed: " + grant.getAmountChangeReason() + ")"), by);
        }
        events.publishEvent(new GrantDecided(grantId, grant.getJourneyId(), grant.getRoute(), approved, by));
    }

    /**
     * The engine's check when a decision task (light-touch, panel chair, board) completes: the chest
     * must hold a decision on this route by the route's role. Returns whether it approved, which the
     * process follows instead of any variable the completion brought.
     */
    @Transactional(readOnly = true)
    public boolean requireDecided(UUID grantId, String route) {
        Grant grant = grant(grantId);
        boolean decided = grant.getStatus() == GrantStatus.APPROVED || grant.getStatus() == GrantStatus.DECLINED;
        if (!decided || !grant.getRoute().equals(route) || grant.getDecidedAs() != DecisionRole.forRoute(route)) {
            throw Refused.state("chest.decision.noneRecorded", DecisionRole.forRoute(route).wording(),
                    grant.getStatus().wording());
        }
        return grant.getStatus() == GrantStatus.APPROVED;
    }

    /** The engine's check when the application task completes: the chest holds the application. */
    @Transactional(readOnly = true)
    public void requireApplied(UUID grantId) {
        Grant grant = grant(grantId);
        if (grant.getStatus() != GrantStatus.APPLIED || grant.getAppliedBy() == null) {
            throw Refused.state("chest.application.noneRecorded", grant.getStatus().wording());
        }
    }

    /** The holder (or a facilitator for them) accepts the grant agreement or withdraws. */
    public Actor recordAgreement(UUID grantId, boolean accepted) {
        Grant grant = grant(grantId);
        Actor actor = actorFor(grant, accepted ? "accept this grant's agreement" : "withdraw this grant");
        if (accepted) {
            grant.agreed(actor.username(), actor.onBehalf());
        } else {
            if (grant.getStatus() != GrantStatus.APPROVED) {
                throw Refused.state("chest.agreement.cannotAnswer", grant.getStatus().wording());
            }
            grant.withdrawn("The applicant did not accept the grant agreement.", actor.username(), actor.onBehalf());
        }
        grants.saveAndFlush(grant);
        recordStep(grant, accepted ? LedgerEntryKind.AGREEMENT : LedgerEntryKind.DECOMMITMENT,
                accepted ? "Grant agreement accepted" : "Withdrawn: the agreement was not accepted", actor.username());
        events.publishEvent(new GrantAgreementAnswered(grantId, grant.getJourneyId(), accepted, actor.username(),
                actor.onBehalf() ? grant.getHolder() : null));
        return actor;
    }

    /** The reason the holder gave for withdrawing, once the withdrawal is recorded. */
    public void recordWithdrawalReason(UUID grantId, String reason) {
        Grant grant = grant(grantId);
        grant.withdrawalReason(reason == null || reason.isBlank() ? "Withdrawn by the applicant." : reason);
        grants.saveAndFlush(grant);
    }

    /** The group's learning report is in: a journey's grant or a hub's, once paid. */
    public void recordReported(UUID grantId) {
        Grant grant = grant(grantId);
        grant.reported();
        grants.saveAndFlush(grant);
    }

    /** The person whose grant it is (the winning idea's author, or who claimed it), to offer them its tasks by name. */
    @Transactional(readOnly = true)
    public String holderOf(UUID grantId) {
        return grant(grantId).getHolder();
    }

    private Actor actorFor(Grant grant, String what) {
        String me = currentUser.username().orElseThrow(() -> new AccessDeniedToRole(
                "Only the grant's holder, or a facilitator for them, can " + what + ": sign in first."));
        if (grant.isHeldBy(me)) {
            return new Actor(me, false);
        }
        if (currentUser.hasRole(Role.FACILITATOR)) {
            return new Actor(me, true);
        }
        throw new AccessDeniedToRole("This grant is held by someone else: only its holder, or a facilitator for them, can "
                + what + ".");
    }

    /**
     * Writes the memo entry of a grant's step against its journey's reservation, once per grant and
     * kind: {@code COMMITMENT} at approval, {@code AGREEMENT} when the agreement is accepted,
     * {@code DECOMMITMENT} when a committed grant is withdrawn (only if it was committed). These
     * move no money; the ledger shows them so every step of the grant is on record.
     */
    private void recordStep(Grant grant, LedgerEntryKind kind, String reference, String by) {
        String key = kind.name().toLowerCase() + ":" + grant.getId();
        if (ledger.existsByIdempotencyKey(key)) {
            return;
        }
        if (kind == LedgerEntryKind.DECOMMITMENT && !ledger.existsByIdempotencyKey("commitment:" + grant.getId())) {
            return;
        }
        chest.record(new LedgerEntry(grant.getFundId(), kind, grant.getAmountPence(), grant.getJourneyId(), grant.getId(),
                reference, key, by, chest.now()));
    }

    private Grant grant(UUID grantId) {
        return grants.findById(grantId).orElseThrow(() -> new NoSuchElementException("No grant " + grantId));
    }
}
