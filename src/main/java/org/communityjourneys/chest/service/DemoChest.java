package org.communityjourneys.chest.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.shared.domain.UkTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo funds: the 2023/24 Public Health pilot of the brief (£150,000, grants up to £20,000,
 * distributed by 31 March 2024) and the pooled chest of the financial year the demo is created in
 * (1 April to 31 March, as the council's), so new journeys have money to reserve whatever the date:
 * a fixed year would leave a demo, and every test, without an open fund once it ended. Both allow
 * the pilot's two bands: up to £1,000 and £1,000 to £20,000. Created once; a restart adds nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "communityjourneys.demo.enabled", havingValue = "true")
class DemoChest implements ApplicationRunner {

    static final long POUND = 100;

    /** The pooled chest's name begins so, followed by its financial year ("Community Chest 2026/27"); tests' AmpleChest finds it so. */
    static final String POOLED_CHEST = "Community Chest ";

    private static final MonthDay YEAR_END = MonthDay.of(3, 31);

    private final ChestService chest;
    private final Clock clock;

    DemoChest(ChestService chest, Optional<Clock> clock) {
        this.chest = chest;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The last day of the financial year (1 April to 31 March) that holds the given day. */
    static LocalDate financialYearEnd(LocalDate day) {
        LocalDate endThisCalendarYear = YEAR_END.atYear(day.getYear());
        return day.isAfter(endThisCalendarYear) ? endThisCalendarYear.plusYears(1) : endThisCalendarYear;
    }

    /** The financial year ending on the given 31 March, as the council writes it: "2026/27". */
    static String financialYearName(LocalDate yearEnd) {
        return (yearEnd.getYear() - 1) + "/" + String.format("%02d", yearEnd.getYear() % 100);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!chest.balances().isEmpty()) {
            return;
        }
        var pilot = chest.createFund("Public Health prevention pilot 2023/24", "Public Health", "PUBLIC_HEALTH",
                LocalDate.of(2024, 3, 31), 20_000 * POUND);
        pilot.restrictTo(Set.of(), Set.of(), EnumSet.of(GrantBand.UP_TO_1000, GrantBand.FROM_1000_TO_20000));
        chest.contribute(pilot.getId(), 150_000 * POUND, "Pilot allocation", ChestService.SYSTEM);

        LocalDate yearEnd = financialYearEnd(LocalDate.now(clock.withZone(UkTime.ZONE)));
        var foundation = chest.createFund(POOLED_CHEST + financialYearName(yearEnd), "Herefordshire Community Foundation",
                "COMMUNITY_FOUNDATION", yearEnd, 20_000 * POUND);
        foundation.restrictTo(Set.of(), Set.of(), EnumSet.of(GrantBand.UP_TO_1000, GrantBand.FROM_1000_TO_20000));
        chest.contribute(foundation.getId(), 80_000 * POUND, "Foundation grant round", ChestService.SYSTEM);
        chest.contribute(foundation.getId(), 15_000 * POUND, "Local business pledges", ChestService.SYSTEM);
        chest.contribute(foundation.getId(), 5_000 * POUND, "Crowd-funding", ChestService.SYSTEM);
    }
}
