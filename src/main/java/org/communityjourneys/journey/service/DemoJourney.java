package org.communityjourneys.journey.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.shared.domain.Theme;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A running journey for the demo, so a newcomer finds something to click through: Leominster
 * East and Leominster North &amp; Rural, best start in life, £12,000. Launched once, on first start.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "communityjourneys.demo.journey", havingValue = "true")
class DemoJourney implements ApplicationRunner {

    private final JourneyService journeys;
    private final Clock clock;

    DemoJourney(JourneyService journeys, Optional<Clock> clock) {
        this.journeys = journeys;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!journeys.all().isEmpty()) {
            return;
        }
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        journeys.launch(new LaunchPlan("Leominster: best start in life", Set.of("E05009468", "E05009469"),
                Theme.BEST_START_IN_LIFE, 1_200_000, today.plus(Duration.ofDays(28)).plus(Duration.ofHours(17)),
                today.plus(Duration.ofDays(35)).plus(Duration.ofHours(9)), today.plus(Duration.ofDays(49)).plus(Duration.ofHours(17))),
                "facilitator");
    }
}
