package org.communityjourneys.chest.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.communityjourneys.chest.domain.GrantBand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo funds: the 2023/24 Public Health pilot of the brief (£150,000, grants up to £20,000,
 * distributed by 31 March 2024) and this year's pooled chest, so new journeys have money to
 * reserve. Both allow the pilot's two bands: up to £1,000 and £1,000 to £20,000. Created once; a
 * restart adds nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "communityjourneys.demo.enabled", havingValue = "true")
class DemoChest implements ApplicationRunner {

    static final long POUND = 100;

    private final ChestService chest;

    DemoChest(ChestService chest) {
        this.chest = chest;
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

        var foundation = chest.createFund("Community Chest 2026/27", "Herefordshire Community Foundation",
                "COMMUNITY_FOUNDATION", LocalDate.of(2027, 3, 31), 20_000 * POUND);
        foundation.restrictTo(Set.of(), Set.of(), EnumSet.of(GrantBand.UP_TO_1000, GrantBand.FROM_1000_TO_20000));
        chest.contribute(foundation.getId(), 80_000 * POUND, "Foundation grant round", ChestService.SYSTEM);
        chest.contribute(foundation.getId(), 15_000 * POUND, "Local business pledges", ChestService.SYSTEM);
        chest.contribute(foundation.getId(), 5_000 * POUND, "Crowd-funding", ChestService.SYSTEM);
    }
}
