package org.communityjourneys.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shortlist's costs that every ballot is checked against: kept in memory only once the
 * shortlist is confirmed and that confirmation has committed, never before (each ballot would
 * otherwise be checked against a shortlist that was not final, or was rolled back).
 */
@SpringBootTest
@ActiveProfiles("test")
class ShortlistCostsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void residentsOfTheWard() {
        Journeys.residents(accounts, "author");
    }

    private UUID idea(Journey journey, long pence) {
        return SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Idea costing " + pence,
                "Weekly sessions for under-fives and carers.", pence, Theme.BEST_START_IN_LIFE, Journeys.WARD,
                "Friends of the library", "friends@example.org", Set.of(Population.FAMILIES_UNDER_FIVE_ACES)), "author"));
    }

    private Journey screenedJourney(UUID[] ideaIds, long... costs) {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        for (int i = 0; i < costs.length; i++) {
            ideaIds[i] = idea(journey, costs[i]);
        }
        ideas.closeWindow(journey.getId(), true);
        for (UUID id : ideaIds) {
            ideas.recordEligibility(id, true, null);
        }
        return journey;
    }

    @Test
    void costsReadBeforeTheConfirmationAreNotKept() {
        UUID[] ids = new UUID[2];
        Journey journey = screenedJourney(ids, 80_000, 90_000);

        assertThat(ideas.shortlistCosts(journey.getId())).isEmpty();
        ideas.confirmShortlist(journey.getId(), "facilitator", null);

        Map<UUID, Long> confirmed = ideas.shortlistCosts(journey.getId());
        assertThat(confirmed).containsOnly(Map.entry(ids[0], 80_000L), Map.entry(ids[1], 90_000L));
        // kept from here on: a confirmed shortlist is final
        jdbc.update("update idea set estimated_cost_pence = 1 where id = ?", ids[0]);
        assertThat(ideas.shortlistCosts(journey.getId())).isEqualTo(confirmed);
    }

    @Test
    void aConfirmationThatRollsBackLeavesNothingKept() {
        UUID[] ids = new UUID[1];
        Journey journey = screenedJourney(ids, 80_000);

        transactions.executeWithoutResult(status -> {
            ideas.confirmShortlist(journey.getId(), "facilitator", null);
            assertThat(ideas.shortlistCosts(journey.getId())).containsOnlyKeys(ids[0]);
            status.setRollbackOnly();
        });

        assertThat(ideas.isShortlistConfirmed(journey.getId())).isFalse();
        assertThat(ideas.shortlistCosts(journey.getId())).isEmpty();
    }
}
