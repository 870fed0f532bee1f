package org.communityjourneys.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
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
 * The ideas module on its own, with journey, identity and the shared kernel and without the
 * engine adapter: residents put forward ideas, and closing the window early is a call to the
 * journey's process port, which decides (a refusal leaves the window open).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EngineStandIns.class)
@ActiveProfiles("test")
class IdeasModuleTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    AccountService accounts;
    @Autowired
    EngineStandIns.Calls engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void ideasRunWithoutTheEngineAdapterAndClosingEarlyIsACallToTheProcessPort() {
        assertThat(context.containsBean("engineJourneyProcess")).as("the engine adapter is not booted").isFalse();
        Journeys.residents(accounts, "resident");
        Journey journey = Journeys.launch(journeys, 5_000_00);
        ideas.openWindow(journey.getId());

        UUID idea = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(
                "Community fridge " + UUID.randomUUID(), "Food for neighbours.", 90_000, Theme.BEST_START_IN_LIFE, Journeys.WARD,
                "Leominster fridge group", "fridge@example.org"), "resident"));
        assertThat(jdbc.queryForObject("select count(*) from idea where journey_id = ?", Long.class, journey.getId())).isEqualTo(1);
        assertThat(ideas.get(idea).getJourneyId()).isEqualTo(journey.getId());

        engine.refuseNext("The journey is not taking ideas now.");
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            ideas.requestEarlyClose(journey.getId(), "facilitator");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessage("The journey is not taking ideas now.");
        assertThat(ideas.isWindowOpen(journey.getId())).isTrue();

        SignedIn.asFacilitator(() -> {
            ideas.requestEarlyClose(journey.getId(), "facilitator");
            return null;
        });
        assertThat(engine.made()).contains("closeIdeasEarly " + journey.getId() + " facilitator");
        assertThat(ideas.isWindowOpen(journey.getId())).as("the process closes the window, not the request").isTrue();
    }
}
