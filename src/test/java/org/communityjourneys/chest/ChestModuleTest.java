package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.FunderKind;
import org.communityjourneys.chest.domain.FundPlan;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.chest.service.FundService;
import org.communityjourneys.chest.service.StartForms;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.EngineStandIns;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The community chest on its own, with the modules it depends on and without the engine adapter
 * (so no start forms are offered): a governance lead opens a fund and records money into it; a
 * refused contribution leaves the ledger as it was.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EngineStandIns.class)
@ActiveProfiles("test")
class ChestModuleTest {

    @Autowired
    FundService funds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aFundIsOpenedAndFilledWithoutTheEngineAdapter() {
        assertThat(context.getBeanNamesForType(StartForms.class)).as("the engine adapter is not booted").isEmpty();
        Fund fund = SignedIn.as("governance", "GOVERNANCE", () -> funds.openFund(new FundPlan("Module fund " + UUID.randomUUID(),
                "Talk Community", FunderKind.PUBLIC_HEALTH, LocalDate.now().plusMonths(6), 2_500_00,
                Set.of(Theme.MENTAL_WELLBEING), Set.of(Journeys.WARD), EnumSet.of(GrantBand.UP_TO_1000))));
        SignedIn.as("governance", "GOVERNANCE", () -> funds.recordContribution(fund.getId(), 10_000_00, "Hub start-up pot"));
        long entries = ledgerEntries();

        assertThatThrownBy(() -> SignedIn.as("governance", "GOVERNANCE",
                () -> funds.recordContribution(fund.getId(), 0, "Nothing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A contribution must be more than £0.");
        assertThat(ledgerEntries()).as("the refused contribution left no line").isEqualTo(entries);
        FundBalance balance = SignedIn.as("governance", "GOVERNANCE", () -> funds.balances()).stream()
                .filter(b -> b.fundId().equals(fund.getId())).findFirst().orElseThrow();
        assertThat(balance.contributed()).isEqualTo(10_000_00);
        assertThat(balance.available()).isEqualTo(10_000_00);
    }

    private long ledgerEntries() {
        return jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    }
}
