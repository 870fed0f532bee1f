package org.communityjourneys.chest.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.FundRepository;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.chest.domain.GrantFacts;
import org.communityjourneys.chest.domain.GrantRepository;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.LedgerEntry;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.domain.LedgerEntryRecorded;
import org.communityjourneys.chest.domain.LedgerEntryRepository;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community chest: funds, the ledger and grants. Every movement of money is an immutable
 * ledger entry; every movement that reduces what is available locks the fund row first, so
 * concurrent approvals can never overspend a fund.
 *
 * <p>Two ways money is reserved: a journey's whole budget at launch ({@link #reserveJourneyBudget}),
 * from which its winning ideas' grants are later paid; and a grant drawn straight from a fund
 * (hub start-up and fast-track grants, {@link #reserveForGrant}), reserved when the grant is
 * approved. Both lock the fund row ({@code FundRepository.lockById}, {@code SELECT ... FOR UPDATE}),
 * read the balance after the lock and write the entry before the transaction commits, so the
 * next approval on the same fund sees it. Behind that, the database refuses any ledger insert
 * that would take a fund's available (or reserved) money below zero (trigger
 * {@code ledger_entry_keeps_fund_whole}, migration V40), and refuses updates and deletes.
 */
@Service
@Transactional
public class ChestService {

    static final String SYSTEM = "system";
    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    private final FundRepository funds;
    private final LedgerEntryRepository ledger;
    private final GrantRepository grants;
    private final IdeaService ideas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChestService(FundRepository funds, LedgerEntryRepository ledger, GrantRepository grants,
            IdeaService ideas, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.funds = funds;
        this.ledger = ledger;
        this.grants = grants;
        this.ideas = ideas;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Fund createFund(String name, String funder, String funderKind, LocalDate deadline, long maxGrantPence) {
        if (funds.findByName(name).isPresent()) {
            throw Refused.input("chest.fund.nameTaken", name);
        }
        return funds.save(new Fund(name, funder, funderKind, deadline, maxGrantPence, clock.instant()));
    }

    public void contribute(UUID fundId, long pence, String reference, String by) {
        lockFund(fundId);
        record(new LedgerEntry(fundId, LedgerEntryKind.CONTRIBUTION, pence, null, null, reference, null, by, clock.instant()));
    }

    @Transactional(readOnly = true)
    public FundBalance balance(UUID fundId) {
        Fund fund = funds.findById(fundId).orElseThrow(() -> new NoSuchElementException("No fund " + fundId));
        return balanceOf(fund);
    }

    @Transactional(readOnly = true)
    public List<FundBalance> balances() {
        return funds.findAllByOrderByDistributionDeadlineDesc().stream().map(this::balanceOf).toList();
    }

    /**
     * Reserves a journey's budget from the open fund that must be distributed soonest and still
     * has enough left. Refused with the largest available amount when no fund has enough; the
     * refusal writes nothing, so it does not roll back the caller (the journey's process ends on
     * its "Launch refused" path in the same transaction).
     */
    @Transactional(noRollbackFor = NotEnoughInFund.class)
    public void reserveJourneyBudget(UUID journeyId, long pence, String by) {
        if (ledger.findFirstByJourneyIdAndKindOrderByIdAsc(journeyId, LedgerEntryKind.RESERVATION).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(COUNTY));
        List<Fund> open = funds.findAll().stream()
                .filter(fund -> !fund.getDistributionDeadline().isBefore(today))
                .sorted(Comparator.comparing(Fund::getDistributionDeadline).thenComparing(Fund::getName))
                .toList();
        FundBalance best = null;
        for (Fund candidate : open) {
            Fund fund = lockFund(candidate.getId());
            FundBalance balance = balanceOf(fund);
            if (balance.available() >= pence) {
                record(new LedgerEntry(fund.getId(), LedgerEntryKind.RESERVATION, pence, journeyId, null,
                        "Journey budget", "reservation:" + journeyId, by, clock.instant()));
                return;
            }
            if (best == null || balance.available() > best.available()) {
                best = balance;
            }
        }
        if (best == null) {
            throw Refused.state("chest.fund.noOpenFund", Money.format(pence));
        }
        throw new NotEnoughInFund(best.fundName(), best.available());
    }

    /** The end of the distribution day of the fund the journey's budget came from. */
    @Transactional(readOnly = true)
    public Instant distributionDeadline(UUID journeyId) {
        Fund fund = fundOfJourney(journeyId);
        return fund.getDistributionDeadline().plusDays(1).atStartOfDay(COUNTY).toInstant();
    }

    public UUID openGrant(UUID journeyId, UUID ideaId) {
        return grants.findByJourneyIdAndIdeaId(journeyId, ideaId).map(Grant::getId).orElseGet(() -> {
            Idea idea = ideas.get(ideaId);
            Fund fund = fundOfJourney(journeyId);
            return grants.save(new Grant(journeyId, ideaId, fund.getId(), idea.getTitle(), idea.getEstimatedCostPence(),
                    idea.getAuthor(), clock.instant())).getId();
        });
    }

    @Transactional(readOnly = true)
    public GrantFacts grantFacts(UUID grantId) {
        Grant grant = grant(grantId);
        return grant.facts(funds.findById(grant.getFundId()).map(Fund::getName).orElse("?"));
    }

    /**
     * The most this grant may ask for: what is still reserved for its journey less what the
     * journey's other open, applied or approved grants ask for.
     */
    @Transactional(readOnly = true)
    public long leftForGrant(UUID grantId) {
        Grant grant = grant(grantId);
        long otherGrants = grants.findByJourneyId(grant.getJourneyId()).stream()
                .filter(other -> !other.getId().equals(grantId))
                .filter(other -> !other.getStatus().isClosedUnpaid() && !other.getStatus().isPaid())
                .mapToLong(this::unpaidPartOf).sum();
        return Math.max(0, reservedFor(grant.getJourneyId()) - otherGrants);
    }

    /**
     * The largest grant the fund behind this grant gives: its largest grant, within the bands it
     * allows.
     */
    @Transactional(readOnly = true)
    public long largestGrantOf(UUID fundId) {
        Fund fund = fund(fundId);
        long bandMax = fund.getBands().isEmpty() ? Long.MAX_VALUE
                : fund.getBands().stream().mapToLong(GrantBand::toPence).max().orElse(Long.MAX_VALUE);
        return Math.min(fund.getMaxGrantPence(), bandMax);
    }

    /**
     * Refuses an approval when the journey's reservation, less what its other approved or agreed
     * grants will take, is less than this grant; locks the fund row first, so concurrent approvals
     * on one journey are checked one after the other.
     */
    void requireMoneyForApproval(Grant grant) {
        Fund fund = lockFund(grant.getFundId());
        long committedToOthers = grants.findByJourneyId(grant.getJourneyId()).stream()
                .filter(other -> !other.getId().equals(grant.getId()))
                .filter(other -> other.getStatus() == GrantStatus.APPROVED || other.getStatus() == GrantStatus.AGREED
                        || other.getStatus() == GrantStatus.PART_PAID)
                .mapToLong(this::unpaidPartOf).sum();
        long available = Math.max(0, reservedFor(grant.getJourneyId()) - committedToOthers);
        if (grant.getAmountPence() > available) {
            throw new NotEnoughInFund(fund.getName(), available);
        }
    }

    /** Returns what is left of a journey's reservation to its fund. */
    public void releaseUnspent(UUID journeyId) {
        Optional<LedgerEntry> reservation = ledger.findFirstByJourneyIdAndKindOrderByIdAsc(journeyId, LedgerEntryKind.RESERVATION);
        if (reservation.isEmpty()) {
            return;
        }
        lockFund(reservation.get().getFundId());
        long left = reservedFor(journeyId);
        if (left > 0) {
            record(new LedgerEntry(reservation.get().getFundId(), LedgerEntryKind.RELEASE, left, journeyId, null,
                    "Unspent journey budget", null, SYSTEM, clock.instant()));
        }
    }

    /**
     * Reserves a grant's amount straight from a fund, once per grant: the approval of a hub
     * start-up or fast-track grant. Refused with {@link NotEnoughInFund} when the fund has less
     * available than the grant.
     */
    public void reserveForGrant(UUID fundId, UUID grantId, long pence, String reference, String by) {
        String key = "grant-reservation:" + grantId;
        Fund fund = lockFund(fundId);
        if (ledger.existsByIdempotencyKey(key)) {
            return;
        }
        FundBalance balance = balanceOf(fund);
        if (balance.available() < pence) {
            throw new NotEnoughInFund(fund.getName(), balance.available());
        }
        record(new LedgerEntry(fundId, LedgerEntryKind.RESERVATION, pence, null, grantId, reference, key, by,
                clock.instant()));
    }

    /** Pays a grant from what was reserved for it with {@link #reserveForGrant}; once per grant. */
    public void payFromGrantReservation(UUID fundId, UUID grantId, long pence, String reference, LocalDate paidOn, String by) {
        String key = "payment:" + grantId;
        lockFund(fundId);
        if (ledger.existsByIdempotencyKey(key)) {
            return;
        }
        long reserved = ledger.sumForGrant(grantId, LedgerEntryKind.RESERVATION) - ledger.sumForGrant(grantId, LedgerEntryKind.RELEASE);
        if (pence > reserved) {
            throw new NotEnoughInFund(Wording.of("chest.reservation.grant"), Math.max(0, reserved));
        }
        record(new LedgerEntry(fundId, LedgerEntryKind.PAYMENT, pence, null, grantId,
                reference + (paidOn == null ? "" : " (" + paidOn + ")"), key, by, clock.instant()));
        long unpaid = reserved - pence;
        if (unpaid > 0) {
            record(new LedgerEntry(fundId, LedgerEntryKind.RELEASE, unpaid, null, grantId, "Unpaid part of the grant",
                    "grant-release:" + grantId, by, clock.instant()));
        }
    }

    /** Every ledger entry, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledgerPage(int page, int size) {
        return ledger.findAllByOrderByIdDesc(org.springframework.data.domain.PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public long ledgerSize() {
        return ledger.count();
    }

    /** Every ledger entry, oldest first (the CSV export). */
    @Transactional(readOnly = true)
    public List<LedgerEntry> wholeLedger() {
        return ledger.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public Fund fund(UUID fundId) {
        return funds.findById(fundId).orElseThrow(() -> new NoSuchElementException("No fund " + fundId));
    }

    @Transactional(readOnly = true)
    public List<Fund> funds() {
        return funds.findAllByOrderByDistributionDeadlineDesc();
    }

    @Transactional(readOnly = true)
    public long reservedFor(UUID journeyId) {
        return ledger.sumForJourney(journeyId, LedgerEntryKind.RESERVATION)
                - ledger.sumForJourney(journeyId, LedgerEntryKind.RELEASE)
                - ledger.sumForJourney(journeyId, LedgerEntryKind.PAYMENT);
    }

    @Transactional(readOnly = true)
    public List<LedgerEntry> ledgerOfJourney(UUID journeyId) {
        return ledger.findByJourneyIdOrderByIdAsc(journeyId);
    }

    @Transactional(readOnly = true)
    public List<Grant> grantsOf(UUID journeyId) {
        return grants.findByJourneyId(journeyId);
    }

    /** Grants of journeys that were agreed or paid: the funded projects residents can follow. */
    @Transactional(readOnly = true)
    public List<Grant> fundedGrants() {
        return grants.findByProgramme(GrantProgramme.JOURNEY).stream()
                .filter(grant -> grant.getStatus() == GrantStatus.AGREED || grant.getStatus().hasPayments())
                .sorted(Comparator.comparing(Grant::getCreatedAt).reversed())
                .toList();
    }

    /** Journey grants approved, agreed or part paid: money committed and not yet paid in full. */
    @Transactional(readOnly = true)
    public List<Grant> grantsNotPaidInFull() {
        return grants.findByProgramme(GrantProgramme.JOURNEY).stream().filter(grant -> grant.getStatus() == GrantStatus.APPROVED
                || grant.getStatus() == GrantStatus.AGREED || grant.getStatus() == GrantStatus.PART_PAID).toList();
    }

    /** What was paid on a grant, from the ledger (payments less refunds). */
    @Transactional(readOnly = true)
    public long paidOn(UUID grantId) {
        return ledger.sumForGrant(grantId, LedgerEntryKind.PAYMENT) - ledger.sumForGrant(grantId, LedgerEntryKind.REFUND);
    }

    /**
     * The grant a group reports on: a journey's grant, otherwise a grant drawn straight from a fund
     * (a hub start-up or fast-track grant, titled with its organisation's name).
     */
    @Transactional(readOnly = true)
    public FundedGrant fundedGrant(UUID grantId) {
        return findFundedGrant(grantId).orElseThrow(() -> new NoSuchElementException("No grant " + grantId));
    }

    /** As {@link #fundedGrant}, or empty when no grant has this id. */
    @Transactional(readOnly = true)
    public Optional<FundedGrant> findFundedGrant(UUID grantId) {
        return grants.findById(grantId).map(grant -> new FundedGrant(grant.getId(), grant.getJourneyId(), grant.getTitle(),
                grant.getAmountPence(), grant.getProgramme() == GrantProgramme.HUB_STARTUP));
    }

    /** When each paid hub start-up grant was paid (its payment's ledger time), oldest first. */
    @Transactional(readOnly = true)
    public List<Instant> hubStartUpGrantsPaidAt() {
        return java.util.stream.Stream.of(GrantStatus.PAID, GrantStatus.REPORTED)
                .flatMap(status -> grants.findByProgrammeAndStatus(GrantProgramme.HUB_STARTUP, status).stream())
                .map(grant -> ledger.findFirstByGrantIdAndKindOrderByIdAsc(grant.getId(), LedgerEntryKind.PAYMENT))
                .flatMap(Optional::stream)
                .map(LedgerEntry::getRecordedAt)
                .sorted()
                .toList();
    }

    @Transactional(readOnly = true)
    public Grant grant(UUID grantId) {
        return grants.findById(grantId).orElseThrow(() -> new NoSuchElementException("No grant " + grantId));
    }

    /** What a grant will still take from its journey's reservation (payments already left it). */
    private long unpaidPartOf(Grant grant) {
        return grant.getAmountPence() - paidOn(grant.getId());
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(COUNTY));
    }

    private Fund fundOfJourney(UUID journeyId) {
        LedgerEntry reservation = ledger.findFirstByJourneyIdAndKindOrderByIdAsc(journeyId, LedgerEntryKind.RESERVATION)
                .orElseThrow(() -> new IllegalStateException("No budget has been reserved for this journey."));
        return funds.findById(reservation.getFundId()).orElseThrow();
    }

    /** Writes one ledger entry and tells the audit log who moved what. */
    void record(LedgerEntry entry) {
        LedgerEntry saved = ledger.save(entry);
        events.publishEvent(new LedgerEntryRecorded(saved.getId(), saved.getFundId(), saved.getKind(), saved.getAmountPence(),
                saved.getJourneyId(), saved.getGrantId(), saved.getReference(), saved.getRecordedBy()));
    }

    Fund lockFund(UUID fundId) {
        return funds.lockById(fundId).orElseThrow(() -> new NoSuchElementException("No fund " + fundId));
    }

    private FundBalance balanceOf(Fund fund) {
        UUID id = fund.getId();
        return FundBalance.of(fund,
                ledger.sumForFund(id, LedgerEntryKind.CONTRIBUTION),
                ledger.sumForFund(id, LedgerEntryKind.RESERVATION),
                ledger.sumForFund(id, LedgerEntryKind.RELEASE),
                ledger.sumForFund(id, LedgerEntryKind.PAYMENT),
                ledger.sumForFund(id, LedgerEntryKind.REFUND));
    }
}
