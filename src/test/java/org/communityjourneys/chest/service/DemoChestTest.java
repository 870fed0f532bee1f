package org.communityjourneys.chest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The demo's pooled chest is the current financial year's, worked by hand: the council's year runs
 * from 1 April to 31 March, so a demo started in December 2026 and one started on 31 March 2027
 * both get "2026/27" until 31 March 2027, and one started a day later gets "2027/28".
 */
class DemoChestTest {

    @Test
    void theFinancialYearRunsFromAprilToMarch() {
        assertThat(DemoChest.financialYearEnd(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(DemoChest.financialYearEnd(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(DemoChest.financialYearEnd(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(DemoChest.financialYearEnd(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(DemoChest.financialYearEnd(LocalDate.of(2099, 12, 31))).isEqualTo(LocalDate.of(2100, 3, 31));
    }

    @Test
    void theYearIsNamedAsTheCouncilWritesIt() {
        assertThat(DemoChest.financialYearName(LocalDate.of(2027, 3, 31))).isEqualTo("2026/27");
        assertThat(DemoChest.financialYearName(LocalDate.of(2028, 3, 31))).isEqualTo("2027/28");
        assertThat(DemoChest.financialYearName(LocalDate.of(2100, 3, 31))).isEqualTo("2099/00");
    }
}
