package org.communityjourneys.chest.service;

import java.time.Clock;
import java.util.Optional;
import org.communityjourneys.chest.domain.GrantAward;
import org.communityjourneys.chest.domain.GrantAwardRepository;
import org.communityjourneys.chest.domain.GrantDecided;
import org.communityjourneys.shared.service.InSameTransaction;
import org.springframework.stereotype.Component;

/**
 * Keeps the day each grant was awarded, for the 360Giving publication: when an approval is recorded
 * (a journey's grant or a hub start-up or fast-track grant), in the transaction that records it.
 */
@Component
class GrantAwardDates {

    private final GrantAwardRepository awards;
    private final Clock clock;

    GrantAwardDates(GrantAwardRepository awards, Optional<Clock> clock) {
        this.awards = awards;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @InSameTransaction
    void on(GrantDecided decision) {
        if (decision.approved() && !awards.existsById(decision.grantId())) {
            awards.save(new GrantAward(decision.grantId(), clock.instant()));
        }
    }
}
