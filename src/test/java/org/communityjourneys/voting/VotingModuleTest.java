package org.communityjourneys.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.EngineStandIns;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The voting module on its own, with the modules it depends on (ideas, journey, identity, the
 * shared kernel) and without the engine adapter: a vote opens on a shortlist, a ballot is cast
 * once, and moving the close is a call to the journey's process port that, when refused, leaves
 * the journey's dates as they were.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(EngineStandIns.class)
@ActiveProfiles("test")
class VotingModuleTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    AccountService accounts;
    @Autowired
    EngineStandIns.Calls engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aVoteRunsWithoutTheEngineAdapterAndItsClockIsACallToTheProcessPort() {
        assertThat(context.containsBean("engineJourneyProcess")).as("the engine adapter is not booted").isFalse();
        assertThat(context.getBeanNamesForType(org.communityjourneys.tasks.service.TaskInbox.class)).isEmpty();
        Journeys.residents(accounts, "resident", "voter-one");
        Journey journey = Journeys.launch(journeys, 5_000_00);
        assertThat(engine.made()).contains("start " + journey.getId() + " facilitator");
        List<UUID> onBallot = Journeys.shortlist(ideas, journey.getId(), "Play street", "Bench");
        votes.openVote(journey.getId());

        String receipt = SignedIn.as("voter-one", "RESIDENT",
                () -> votes.cast(journey.getId(), "voter-one", BallotChoice.picking(List.of(onBallot.get(0)))));
        assertThat(receipt).isNotBlank();
        long ballots = count("select count(*) from sealed_ballot");
        assertThatThrownBy(() -> SignedIn.as("voter-one", "RESIDENT",
                () -> votes.cast(journey.getId(), "voter-one", BallotChoice.picking(List.of(onBallot.get(1))))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from sealed_ballot")).as("a second ballot is not stored").isEqualTo(ballots);

        Instant closesAt = journeys.get(journey.getId()).getVoteClosesAt();
        Instant later = closesAt.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        engine.refuseNext("The journey's process is not waiting for the vote to close.");
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            votes.extendClose(journey.getId(), later, "facilitator");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessage("The journey's process is not waiting for the vote to close.");
        assertThat(journeys.get(journey.getId()).getVoteClosesAt()).as("refused by the process: the date stays").isEqualTo(closesAt);

        SignedIn.asFacilitator(() -> {
            votes.extendClose(journey.getId(), later, "facilitator");
            return null;
        });
        assertThat(journeys.get(journey.getId()).getVoteClosesAt()).isEqualTo(later);
        assertThat(engine.made()).contains("voteClosesLaterAt " + journey.getId() + " " + later);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
