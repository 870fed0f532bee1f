package org.communityjourneys.chest.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.FundPlan;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.LedgerEntry;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.WardRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance lead's side of the chest: funders and their funds, contributions, balances and
 * the ledger. Every method checks the caller is a governance lead or an administrator, whatever
 * screen (or none) called it.
 */
@Service
@Transactional
public class FundService {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("UTC"));

    private final ChestService chest;
    private final CurrentUser currentUser;
    private final WardRepository wards;
    private final Clock clock;

    FundService(ChestService chest, CurrentUser currentUser, WardRepository wards, Optional<Clock> clock) {
        this.chest = chest;
        this.currentUser = currentUser;
        this.wards = wards;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Creates a fund with its restrictions. Refused, changing nothing, with every problem at once. */
    public Fund openFund(FundPlan plan) {
        requireGovernance();
        List<Wording> problems = new ArrayList<>(plan.problemWordings(LocalDate.now(clock.withZone(COUNTY))));
        for (String code : plan.wardCodes()) {
            if (!wards.existsById(code)) {
                problems.add(Wording.of("chest.fund.noSuchWard", code));
            }
        }
        if (plan.name() != null && !plan.name().isBlank()
                && chest.funds().stream().anyMatch(fund -> fund.getName().equalsIgnoreCase(plan.name().strip()))) {
            problems.add(Wording.of("chest.fund.nameTaken", plan.name().strip()));
        }
        if (!problems.isEmpty()) {
            throw Refused.input(problems);
        }
        Fund fund = chest.createFund(plan.name().strip(), plan.funder().strip(), plan.funderKind().name(),
                plan.distributionDeadline(), plan.maxGrantPence());
        fund.restrictTo(plan.themes(), plan.wardCodes(), plan.bands());
        return fund;
    }

    /** Records money a funder has put into a fund. */
    public void recordContribution(UUID fundId, long pence, String reference) {
        String by = requireGovernance();
        if (fundId == null) {
            throw Refused.input("chest.contribution.fundMissing");
        }
        if (pence <= 0) {
            throw Refused.input("chest.contribution.amountMissing");
        }
        if (reference == null || reference.isBlank()) {
            throw Refused.input("chest.contribution.referenceMissing");
        }
        if (reference.strip().length() > 200) {
            throw Refused.input("chest.contribution.referenceTooLong");
        }
        chest.fund(fundId);
        chest.contribute(fundId, pence, reference.strip(), by);
    }

    @Transactional(readOnly = true)
    public List<Fund> funds() {
        requireGovernance();
        return chest.funds();
    }

    @Transactional(readOnly = true)
    public List<FundBalance> balances() {
        requireGovernance();
        return chest.balances();
    }

    /**
     * Every fund's card: balance, commitments to approved grants not yet paid and, past the
     * distribution date, the grants escalated for not being paid in full.
     */
    @Transactional(readOnly = true)
    public List<FundStanding> standings() {
        requireGovernance();
        LocalDate today = LocalDate.now(clock.withZone(COUNTY));
        Map<UUID, List<Grant>> unpaidByFund = chest.grantsNotPaidInFull().stream()
                .collect(Collectors.groupingBy(Grant::getFundId));
        return chest.funds().stream().map(fund -> {
            List<Grant> unpaid = unpaidByFund.getOrDefault(fund.getId(), List.of());
            long committed = unpaid.stream().mapToLong(grant -> grant.getAmountPence() - chest.paidOn(grant.getId())).sum();
            return new FundStanding(chest.balance(fund.getId()), fund.getFunder(), fund.getDistributionDeadline(),
                    fund.getDistributionDeadline().isBefore(today), committed, unpaid.size());
        }).toList();
    }

    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(int page, int size) {
        requireGovernance();
        return chest.ledgerPage(page, size);
    }

    @Transactional(readOnly = true)
    public long ledgerSize() {
        requireGovernance();
        return chest.ledgerSize();
    }

    /**
     * The whole ledger as CSV (RFC 4180, oldest first, amounts in pounds). Cells that a
     * spreadsheet would run as a formula are prefixed with an apostrophe.
     */
    @Transactional(readOnly = true)
    public String ledgerCsv() {
        requireGovernance();
        Map<UUID, String> names = chest.funds().stream().collect(Collectors.toMap(Fund::getId, Fund::getName));
        StringBuilder csv = new StringBuilder("entry,recorded_at,fund,kind,amount_gbp,journey_id,grant_id,reference,recorded_by\r\n");
        for (LedgerEntry entry : chest.wholeLedger()) {
            csv.append(entry.getId()).append(',')
                    .append(CSV_TIME.format(entry.getRecordedAt())).append(',')
                    .append(cell(names.getOrDefault(entry.getFundId(), entry.getFundId().toString()))).append(',')
                    .append(entry.getKind().name()).append(',')
                    .append(Money.poundsOf(entry.getAmountPence()).toPlainString()).append(',')
                    .append(entry.getJourneyId() == null ? "" : entry.getJourneyId()).append(',')
                    .append(entry.getGrantId() == null ? "" : entry.getGrantId()).append(',')
                    .append(cell(entry.getReference())).append(',')
                    .append(cell(entry.getRecordedBy())).append("\r\n");
        }
        return csv.toString();
    }

    @Transactional(readOnly = true)
    public Map<UUID, Fund> fundsById() {
        requireGovernance();
        return chest.funds().stream().collect(Collectors.toMap(Fund::getId, Function.identity()));
    }

    private String requireGovernance() {
        currentUser.requireAnyOf(Role.GOVERNANCE, Role.ADMIN);
        return currentUser.require();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
