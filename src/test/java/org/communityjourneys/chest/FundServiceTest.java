package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.FundPlan;
import org.communityjourneys.chest.domain.FunderKind;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.FundService;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.WardRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The governance lead's funds, contributions and ledger export, and who may use them. */
@SpringBootTest
@ActiveProfiles("test")
class FundServiceTest {

    @Autowired
    FundService funds;
    @Autowired
    ChestService chest;
    @Autowired
    WardRepository wards;
    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void aGovernanceLeadCreatesARestrictedFundAndRecordsContributions() {
        String ward = wards.findAllByOrderByNameAsc().get(0).getCode();
        String name = "Wellbeing hubs " + UUID.randomUUID();
        Fund fund = funds.openFund(new FundPlan(name, "Talk Community", FunderKind.PUBLIC_HEALTH,
                LocalDate.now().plusMonths(6), 2_500_00, Set.of(Theme.MENTAL_WELLBEING), Set.of(ward),
                EnumSet.of(GrantBand.UP_TO_1000, GrantBand.FROM_1000_TO_20000)));

        funds.recordContribution(fund.getId(), 40_000_00, "Hub start-up pot");
        funds.recordContribution(fund.getId(), 250_50, "Crowd-funder");

        Fund stored = chest.fund(fund.getId());
        assertThat(stored.getFunderKind()).isEqualTo("PUBLIC_HEALTH");
        assertThat(stored.getThemes()).containsExactly(Theme.MENTAL_WELLBEING);
        assertThat(stored.getWardCodes()).containsExactly(ward);
        assertThat(stored.getBands()).containsExactlyInAnyOrder(GrantBand.UP_TO_1000, GrantBand.FROM_1000_TO_20000);
        assertThat(stored.allowsGrantOf(2_500_00)).isTrue();
        assertThat(stored.allowsGrantOf(2_500_01)).as("above the fund's largest grant").isFalse();
        FundBalance balance = funds.balances().stream().filter(b -> b.fundId().equals(fund.getId())).findFirst().orElseThrow();
        assertThat(balance.contributed()).isEqualTo(40_250_50);
        assertThat(balance.available()).isEqualTo(40_250_50);
        assertThat(balance.reserved()).isZero();
        assertThat(chest.wholeLedger()).filteredOn(entry -> entry.getFundId().equals(fund.getId()))
                .extracting(entry -> entry.getRecordedBy()).containsOnly("governance");
        assertThat(audit.about("fund", fund.getId().toString()))
                .extracting(entry -> entry.getActor() + " " + entry.getAction() + " " + entry.getDetail())
                .containsExactly("governance ledger.contribution £40,000, Hub start-up pot",
                        "governance ledger.contribution £250.50, Crowd-funder");
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void aBadFundIsRefusedWithEveryProblemAndNothingIsStored() {
        int before = funds.funds().size();
        assertThatThrownBy(() -> funds.openFund(new FundPlan(" ", "", null, LocalDate.now().minusDays(1), 0,
                Set.of(), Set.of("NO-SUCH-WARD"), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Give the fund a name. Name the funder. Choose what kind of funder it is. "
                        + "The distribution deadline is in the past. The largest grant must be more than £0. "
                        + "Allow at least one grant band. There is no ward with the code NO-SUCH-WARD.");
        assertThatThrownBy(() -> funds.openFund(new FundPlan("public health prevention pilot 2023/24", "Public Health",
                FunderKind.PUBLIC_HEALTH, LocalDate.now().plusDays(1), 1_000_00, Set.of(), Set.of(), Set.of(GrantBand.UP_TO_1000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is already a fund called public health prevention pilot 2023/24.");
        assertThat(funds.funds()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aContributionWithoutAnAmountOrAReferenceIsRefused() {
        Fund fund = funds.funds().get(0);
        long before = chest.balance(fund.getId()).contributed();
        assertThatThrownBy(() -> funds.recordContribution(fund.getId(), 0, "Nothing"))
                .hasMessage("A contribution must be more than £0.");
        assertThatThrownBy(() -> funds.recordContribution(fund.getId(), -5_00, "Negative"))
                .hasMessage("A contribution must be more than £0.");
        assertThatThrownBy(() -> funds.recordContribution(fund.getId(), 5_00, "  "))
                .hasMessage("Say where the money came from, for example \"Foundation grant round\".");
        assertThatThrownBy(() -> funds.recordContribution(null, 5_00, "Lost"))
                .hasMessage("Choose the fund the money goes into.");
        assertThat(chest.balance(fund.getId()).contributed()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void aResidentIsRefusedByTheServiceItself() {
        UUID anyFund = chest.funds().get(0).getId();
        long before = chest.balance(anyFund).contributed();
        assertThatThrownBy(() -> funds.openFund(new FundPlan("Resident fund", "Me", FunderKind.CROWD_FUNDING,
                LocalDate.now().plusDays(3), 100_00, Set.of(), Set.of(), Set.of(GrantBand.UP_TO_1000))))
                .isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> funds.recordContribution(anyFund, 100_00, "Me")).isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> funds.balances()).isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> funds.ledger(0, 10)).isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> funds.ledgerCsv()).isInstanceOf(AccessDeniedToRole.class);
        assertThat(chest.balance(anyFund).contributed()).isEqualTo(before);
        assertThat(chest.funds()).noneMatch(fund -> fund.getName().equals("Resident fund"));
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void theLedgerCsvHasEveryEntryWithWhoAndWhenAndCannotRunFormulas() {
        String name = "Fund, with \"quotes\" " + UUID.randomUUID();
        Fund fund = funds.openFund(new FundPlan(name, "Local firms", FunderKind.BUSINESS, LocalDate.now().plusYears(1),
                1_000_00, Set.of(), Set.of(), Set.of(GrantBand.UP_TO_1000)));
        funds.recordContribution(fund.getId(), 1_234_56, "=HYPERLINK(\"http://evil\")");

        String csv = funds.ledgerCsv();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("entry,recorded_at,fund,kind,amount_gbp,journey_id,grant_id,reference,recorded_by");
        assertThat(lines).hasSize((int) chest.ledgerSize() + 1);
        String quotedName = "\"" + name.replace("\"", "\"\"") + "\"";
        assertThat(lines[lines.length - 1])
                .matches("\\d+,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z,.*")
                .contains("," + quotedName + ",CONTRIBUTION,1234.56,,,\"'=HYPERLINK(\"\"http://evil\"\")\",governance");
        assertThat(csv).contains(",CONTRIBUTION,150000.00,,,Pilot allocation,system");
    }
}
