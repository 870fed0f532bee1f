package org.communityjourneys.chest.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantPaid;
import org.communityjourneys.chest.domain.GrantRepository;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.LedgerEntry;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.domain.LedgerEntryRepository;
import org.communityjourneys.chest.domain.PaymentProgress;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying a grant, as a governance lead. A journey's grant is paid in one or more instalments: each
 * is one "Record payment" task and one ledger entry, written once per task (its idempotency key
 * names the grant and the task), after the fund row is locked and what was already paid is read
 * again, so two instalments recorded at the same moment can never together pay more than was
 * approved; the grant is part paid until the approved amount is paid in full, and only then paid.
 * A hub start-up or fast-track grant is paid once, from what its approval reserved in the fund
 * (written once per grant, so a retried payment step never pays twice), and what it did not take
 * goes back to the fund.
 */
@Service
@Transactional
public class GrantPayments {

    /** The dedicated screen of the "Record payment" task. */
    public static final String SCREEN = "grant-payment";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Where a grant's money stands: approved, paid so far and what is left. */
    public record PaymentPosition(UUID grantId, String title, String group, GrantStatus status, long votedPence,
            long approvedPence, String amountChangeReason, long paidPence, List<LedgerEntry> instalments) {

        public PaymentProgress progress() {
            return new PaymentProgress(paidPence, approvedPence);
        }

        public long leftPence() {
            return progress().leftPence();
        }
    }

    private final ScreenTaskCompletion screenTasks;
    private final GrantRepository grants;
    private final LedgerEntryRepository ledger;
    private final ChestService chest;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    GrantPayments(GrantRepository grants, LedgerEntryRepository ledger, ChestService chest, CurrentUser currentUser,
            ApplicationEventPublisher events, ScreenTaskCompletion screenTasks) {
        this.screenTasks = screenTasks;
        this.grants = grants;
        this.ledger = ledger;
        this.chest = chest;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PaymentPosition position(UUID grantId) {
        return positionOf(grant(grantId));
    }

    /**
     * The payment screen's instalment: checked here (a governance lead, a grant agreed or part paid,
     * no more than is left), then the screen's task is completed, whose listener records it with
     * {@link #recordInstalment} in the same transaction.
     */
    public void payOnScreen(UUID grantId, String taskId, long pence, String reference, LocalDate paidOn) {
        requireGovernance();
        Grant grant = grant(grantId);
        requirePayable(grant, pence, reference, paidOn);
        Map<String, Object> variables = new HashMap<>();
        variables.put("paymentPounds", pence / 100.0);
        variables.put("paymentReference", reference.strip());
        variables.put("paidOn", paidOn.toString());
        screenTasks.complete(new TaskDoneOnScreen(taskId, grant.getJourneyId(), SCREEN, variables, grantId));
    }

    /**
     * Records the instalment of the "Record payment" task {@code taskId}, as the governance lead
     * signed in, and says whether the grant is now paid in full. Recorded once per task: the same
     * task's instalment again is not written twice.
     */
    public boolean recordInstalment(UUID grantId, String taskId, long pence, String reference, LocalDate paidOn) {
        requireGovernance();
        if (taskId == null || taskId.isBlank()) {
            throw Refused.input("chest.payment.needsTask");
        }
        Grant grant = grant(grantId);
        if (grant.getProgramme().isDrawnFromFund()) {
            return payFromFund(grant, pence, reference, paidOn);
        }
        String key = "payment:" + grantId + ":" + taskId;
        if (ledger.existsByIdempotencyKey(key)) {
            return grant.getStatus().isPaid();
        }
        String by = requirePayable(grant, pence, reference, paidOn);
        chest.lockFund(grant.getFundId());
        long paidBefore = paidSoFar(grantId);
        if (ledger.existsByIdempotencyKey(key)) {
            return grant(grantId).getStatus().isPaid();
        }
        if (paidBefore + pence > grant.getAmountPence()) {
            throw Refused.input("chest.payment.moreThanLeft", Money.format(Math.max(0, grant.getAmountPence() - paidBefore)),
                    Money.format(grant.getAmountPence()));
        }
        long reserved = chest.reservedFor(grant.getJourneyId());
        if (pence > reserved) {
            throw new NotEnoughInFund(Wording.of("chest.reservation.journey"), reserved);
        }
        chest.record(new LedgerEntry(grant.getFundId(), LedgerEntryKind.PAYMENT, pence, grant.getJourneyId(), grantId,
                reference.strip() + " (paid " + UK_DATE.format(paidOn) + ")", key, by, chest.now()));
        grant.paid(paidBefore + pence);
        grants.saveAndFlush(grant);
        events.publishEvent(new GrantPaid(grantId, grant.getJourneyId(), pence, reference, by));
        return grant.getStatus().isPaid();
    }

    /** The one payment of a grant drawn from a fund; a payment already recorded is not recorded again. */
    private boolean payFromFund(Grant grant, long pence, String reference, LocalDate paidOn) {
        if (grant.getStatus().isPaid()) {
            return true;
        }
        String by = requirePayable(grant, pence, reference, paidOn);
        grant.paid(pence);
        grants.saveAndFlush(grant);
        chest.payFromGrantReservation(grant.getFundId(), grant.getId(), pence, reference.strip(), paidOn, by);
        events.publishEvent(new GrantPaid(grant.getId(), null, pence, reference.strip(), by));
        return true;
    }

    /** What has been paid of a grant's approved amount. */
    @Transactional(readOnly = true)
    public PaymentProgress progress(UUID grantId) {
        return new PaymentProgress(paidSoFar(grantId), grant(grantId).getAmountPence());
    }

    /** What has been paid on a journey grant so far, from the ledger. */
    @Transactional(readOnly = true)
    public long paidSoFar(UUID grantId) {
        return chest.paidOn(grantId);
    }

    PaymentPosition positionOf(Grant grant) {
        List<LedgerEntry> paid = ledger.findByGrantIdAndKindOrderByIdAsc(grant.getId(), LedgerEntryKind.PAYMENT);
        return new PaymentPosition(grant.getId(), grant.getTitle(), grant.getOrganisation(), grant.getStatus(),
                grant.getVotedPence(), grant.getAmountPence(), grant.getAmountChangeReason(), paidSoFar(grant.getId()), paid);
    }

    private String requireGovernance() {
        String by = currentUser.username().orElseThrow(() -> new AccessDeniedToRole(
                "Only a governance lead can record a payment: sign in first."));
        if (!currentUser.hasRole(Role.GOVERNANCE)) {
            throw new AccessDeniedToRole("Only a governance lead can record a payment.");
        }
        return by;
    }

    /** The governance lead signed in, if this instalment may be paid now; refuses otherwise. */
    private String requirePayable(Grant grant, long pence, String reference, LocalDate paidOn) {
        String by = requireGovernance();
        if (!grant.isPayable() && grant.getProgramme().isDrawnFromFund()) {
            throw Refused.state("chest.payment.onlyApproved");
        }
        if (!grant.isPayable()) {
            throw Refused.state("chest.payment.notPayable", grant.getTitle(), grant.getStatus().wording());
        }
        if (pence <= 0) {
            throw Refused.input("chest.payment.amountMissing");
        }
        if (reference == null || reference.isBlank()) {
            throw Refused.input("chest.payment.referenceMissing");
        }
        if (paidOn == null) {
            throw Refused.input("chest.payment.dateMissing");
        }
        if (paidOn.isAfter(chest.today())) {
            throw Refused.input("chest.payment.dateInFuture");
        }
        long left = grant.getAmountPence() - paidSoFar(grant.getId());
        if (pence > left) {
            throw Refused.input("chest.payment.moreThanLeft", Money.format(Math.max(0, left)), Money.format(grant.getAmountPence()));
        }
        return by;
    }

    private Grant grant(UUID grantId) {
        return grants.findById(grantId).orElseThrow(() -> new NoSuchElementException("No grant " + grantId));
    }
}
