// Over 400 lines: one class per model of casting (rules, channels, age bands, sealing and mixing), as for the process tests.
package org.communityjourneys.voting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.domain.VoteResult;
import org.communityjourneys.voting.domain.pabulib.PabulibFile;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.domain.tally.Tally;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BallotCastingTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VotingPersonalData personalData;

    /** A journey whose vote is open, with the shortlisted ideas' costs given (in pence). */
    private record OpenVote(UUID journeyId, List<UUID> ideas) {
    }

    private OpenVote openVote(long budget, BallotSettings ballot, long... costs) {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(budget).withBallot(ballot), "facilitator"));
        ideas.openWindow(journey.getId());
        List<UUID> ids = new ArrayList<>();
        for (long cost : costs) {
            UUID idea = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Idea costing " + cost, "Something for the ward.", cost,
                    Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"), "resident"));
            ids.add(idea);
        }
        ideas.closeWindow(journey.getId(), true);
        ids.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journey.getId(), "facilitator", null);
        votes.openVote(journey.getId());
        return new OpenVote(journey.getId(), ids);
    }

    private static String newResident(AccountService accounts, String ward, boolean verified) {
        String username = "voter-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureAccount(username, "Voter", "journeys-voter", Set.of(Role.RESIDENT), ward, verified);
        return username;
    }

    private String resident() {
        return newResident(accounts, Journeys.WARD, true);
    }

    /** Ballots sealed (the vote is open) or mixed (it has closed). */
    private long storedBallots(UUID journeyId) {
        return jdbc.queryForObject("select (select count(*) from ballot where journey_id = ?)"
                + " + (select count(*) from sealed_ballot where journey_id = ?)", Long.class, journeyId, journeyId);
    }

    private void assertNothingStored(UUID journeyId) {
        assertThat(votes.turnout(journeyId)).isZero();
        assertThat(storedBallots(journeyId)).isZero();
    }

    @Test
    void theDatabasesClockDecidesTheCloseWhateverANodesClockSays() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000);
        String intime = resident();
        String late = resident();
        // the process's "Vote closes" timer has not run (the window is still open); only the closing
        // time has come, by the database's clock, which every node shares
        jdbc.update("update journey set ideas_close_at = clock_timestamp() - interval '2 hours', vote_opens_at = clock_timestamp()"
                + " - interval '1 hour', vote_closes_at = clock_timestamp() + interval '2 seconds' where id = ?", vote.journeyId());
        jdbc.update("update vote_window set closes_at = (select vote_closes_at from journey where id = ?) where journey_id = ?",
                vote.journeyId(), vote.journeyId());
        SignedIn.as(intime, "RESIDENT", () -> votes.cast(vote.journeyId(), intime, BallotChoice.picking(List.of(vote.ideas().get(0)))));
        jdbc.update("update vote_window set closes_at = clock_timestamp() - interval '50 milliseconds' where journey_id = ?", vote.journeyId());

        assertThatThrownBy(() -> SignedIn.as(late, "RESIDENT",
                () -> votes.cast(vote.journeyId(), late, BallotChoice.picking(List.of(vote.ideas().get(0))))))
                .isInstanceOf(IllegalStateException.class).hasMessage(VoteService.VOTE_CLOSED);
        assertThat(votes.isOpen(vote.journeyId())).as("the window waits for its timer").isTrue();
        assertThat(storedBallots(vote.journeyId())).isEqualTo(1);
        assertThat(votes.hasVoted(vote.journeyId(), late)).isFalse();
    }

    /**
     * A node whose clock runs ahead fires the "vote closes" timer early (its job executor goes by
     * its own clock). The close waits for the database's clock, so a ballot cast in the last
     * moment before the close is taken, and the window closes no earlier than the closing time.
     */
    @Test
    void aCloseTimerFiredEarlyByANodesClockWaitsForTheDatabasesClock() throws Exception {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000);
        String lastMoment = resident();
        jdbc.update("update journey set ideas_close_at = clock_timestamp() - interval '2 hours', vote_opens_at = clock_timestamp()"
                + " - interval '1 hour', vote_closes_at = clock_timestamp() + interval '1500 milliseconds' where id = ?", vote.journeyId());
        jdbc.update("update vote_window set closes_at = (select vote_closes_at from journey where id = ?) where journey_id = ?",
                vote.journeyId(), vote.journeyId());
        ExecutorService timer = Executors.newSingleThreadExecutor();
        try {
            Future<?> closing = timer.submit(() -> votes.closeVoteAtItsTime(vote.journeyId()));
            Thread.sleep(300);
            assertThat(closing).as("the close waits for the database's clock").isNotDone();
            SignedIn.as(lastMoment, "RESIDENT", () -> votes.cast(vote.journeyId(), lastMoment, BallotChoice.picking(List.of(vote.ideas().get(0)))));
            closing.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            timer.shutdownNow();
        }
        assertThat(votes.isOpen(vote.journeyId())).isFalse();
        assertThat(jdbc.queryForObject("select closed_at >= closes_at from vote_window where journey_id = ?", Boolean.class,
                vote.journeyId())).as("closed no earlier than its time").isTrue();
        assertThat(storedBallots(vote.journeyId())).isEqualTo(1);
    }

    /** A clock far ahead is not waited for: the close fails naming it, and the vote stays open until its time. */
    @Test
    void aCloseTimerFiredByAClockFarAheadIsRefusedAndTheVoteStaysOpen() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000);
        jdbc.update("update journey set ideas_close_at = clock_timestamp() - interval '2 hours', vote_opens_at = clock_timestamp()"
                + " - interval '1 hour', vote_closes_at = clock_timestamp() + interval '10 minutes' where id = ?", vote.journeyId());
        jdbc.update("update vote_window set closes_at = (select vote_closes_at from journey where id = ?) where journey_id = ?",
                vote.journeyId(), vote.journeyId());
        Map<String, Object> before = jdbc.queryForMap("select * from vote_window where journey_id = ?", vote.journeyId());

        assertThatThrownBy(() -> votes.closeVoteAtItsTime(vote.journeyId())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("this node's clock is ahead of the database's").hasMessageContaining("the vote stays open");

        assertThat(jdbc.queryForMap("select * from vote_window where journey_id = ?", vote.journeyId())).isEqualTo(before);
        String voter = resident();
        SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(vote.ideas().get(1)))));
        assertThat(storedBallots(vote.journeyId())).isEqualTo(1);
    }

    @Test
    void aResidentCastsOneBallotAndItsReceiptFindsIt() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000, 100_000);
        String voter = resident();

        String receipt = SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(vote.ideas().get(1)))));

        assertThat(receipt.replace("-", "")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(votes.hasVoted(vote.journeyId(), voter)).isTrue();
        assertThat(votes.checkReceipt(vote.journeyId(), receipt)).isEqualTo(ReceiptCheck.SEALED);
        assertThat(votes.checkReceipt(vote.journeyId(), receipt.toLowerCase().replace("-", " "))).isEqualTo(ReceiptCheck.SEALED);
        assertThat(votes.checkReceipt(vote.journeyId(), "AAAA-BBBB-CCCC")).isEqualTo(ReceiptCheck.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from ballot where receipt_hash = ?", Long.class, receipt)).isZero();
        // while the vote is open the ballot is sealed: no plain ballot, and the choice is not readable
        assertThat(jdbc.queryForObject("select count(*) from ballot where journey_id = ?", Long.class, vote.journeyId())).isZero();
        byte[] sealed = jdbc.queryForObject("select sealed from sealed_ballot where journey_id = ?", byte[].class, vote.journeyId());
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(vote.ideas().get(1).toString());

        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(vote.ideas().get(0))))))
                .isInstanceOf(IllegalStateException.class).hasMessage(VoteService.ALREADY_VOTED);
        assertThat(votes.turnout(vote.journeyId())).isEqualTo(1);
        assertThat(storedBallots(vote.journeyId())).isEqualTo(1);

        votes.closeVote(vote.journeyId());
        assertThat(votes.checkReceipt(vote.journeyId(), receipt)).isEqualTo(ReceiptCheck.IN_BALLOT_BOX);
        assertThat(jdbc.queryForObject("select content from ballot where journey_id = ?", String.class, vote.journeyId()))
                .isEqualTo(vote.ideas().get(1).toString());
        assertThat(jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ?", Long.class, vote.journeyId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ballot_seal_key where journey_id = ?", Long.class, vote.journeyId())).isZero();
        votes.tally(vote.journeyId());
        votes.certify(vote.journeyId(), "facilitator");
        assertThat(votes.checkReceipt(vote.journeyId(), receipt)).isEqualTo(ReceiptCheck.PUBLISHED_AND_COUNTED);
    }

    /**
     * The columns alone: the ballot keeps no time and no person, the sealed ballot only ciphertext
     * and a keyed tag. BallotSecrecyTest attacks the rows themselves (xmin, physical order, ...).
     */
    @Test
    void theBallotTableHoldsNothingThatLinksABallotToAPerson() {
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'ballot' "
                + "order by column_name", String.class)).containsExactly("check_tag", "content", "id", "journey_id", "receipt_hash");
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'sealed_ballot' "
                + "order by column_name", String.class)).containsExactly("journey_id", "paper_tag", "receipt_tag", "sealed");
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'ballot_seal_key' "
                + "order by column_name", String.class)).containsExactly("journey_id", "wrapped_key");
    }

    @Test
    void aSealedBallotIsMixedWhenTheVoteClosesAndAVoteClosedTwiceKeepsItsBallots() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults().withPicks(1, 2), 80_000, 90_000, 100_000);
        List<List<UUID>> cast = List.of(List.of(vote.ideas().get(0)), List.of(vote.ideas().get(1), vote.ideas().get(2)),
                List.of(vote.ideas().get(2)));
        cast.forEach(picks -> votes.cast(vote.journeyId(), resident(), BallotChoice.picking(picks)));
        List<Integer> lengths = jdbc.queryForList("select length(sealed) from sealed_ballot where journey_id = ?",
                Integer.class, vote.journeyId());
        assertThat(lengths).hasSize(3).as("a sealed ballot's length does not tell how many ideas it chose")
                .containsOnly(lengths.get(0));

        votes.closeVote(vote.journeyId());
        votes.closeVote(vote.journeyId());

        assertThat(jdbc.queryForList("select content from ballot where journey_id = ?", String.class, vote.journeyId()))
                .containsExactlyInAnyOrder(vote.ideas().get(0).toString(), vote.ideas().get(1) + "," + vote.ideas().get(2),
                        vote.ideas().get(2).toString());
        assertThat(jdbc.queryForObject("select count(distinct xmin::text) from ballot where journey_id = ?", Long.class,
                vote.journeyId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from vote_participation p join ballot b on b.xmin = p.xmin "
                + "where p.journey_id = ?", Long.class, vote.journeyId())).isZero();
        assertThatThrownBy(() -> votes.cast(vote.journeyId(), resident(), BallotChoice.picking(List.of(vote.ideas().get(0)))))
                .hasMessage("The vote is not open.");
        assertThat(storedBallots(vote.journeyId())).isEqualTo(3);
    }

    /**
     * The close waits for the casts in progress and the casts after it see the vote closed: every
     * ballot whose receipt was given is among the mixed ballots, and nothing is left sealed.
     */
    @Test
    void aVoteClosingWhileBallotsAreCastLosesNoConfirmedBallot() throws Exception {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000);
        BallotChoice choice = BallotChoice.picking(List.of(vote.ideas().get(1)));
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            voters.add(resident());
        }
        CountDownLatch someCast = new CountDownLatch(30);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> casts = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        try {
            for (String voter : voters) {
                casts.add(pool.submit(() -> {
                    try {
                        String receipt = SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, choice));
                        someCast.countDown();
                        return receipt;
                    } catch (IllegalStateException closed) {
                        assertThat(closed).hasMessage("The vote is not open.");
                        refused.incrementAndGet();
                        return null;
                    }
                }));
            }
            someCast.await();
            votes.closeVote(vote.journeyId());
            List<String> receipts = new ArrayList<>();
            for (Future<String> cast : casts) {
                if (cast.get() != null) {
                    receipts.add(cast.get());
                }
            }
            assertThat(receipts.size() + refused.get()).isEqualTo(voters.size());
            assertThat(receipts).allSatisfy(receipt ->
                    assertThat(votes.checkReceipt(vote.journeyId(), receipt)).isEqualTo(ReceiptCheck.IN_BALLOT_BOX));
            assertThat(votes.turnout(vote.journeyId())).isEqualTo(receipts.size());
            assertThat(jdbc.queryForObject("select count(*) from ballot where journey_id = ?", Long.class, vote.journeyId()))
                    .isEqualTo(receipts.size());
            assertThat(jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ?", Long.class,
                    vote.journeyId())).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSealingSecretOtherThanTheOneTheVoteWasOpenedWithCannotOpenItsBallots() {
        BallotSeal opening = new BallotSeal("the secret the vote was opened with, long enough");
        UUID journey = UUID.randomUUID();
        byte[] wrapped = opening.newWrappedVoteKey(journey);
        byte[] sealed = opening.unwrap(journey, wrapped).seal("hash", "content", null, 3);
        byte[] onPaper = opening.unwrap(journey, wrapped).seal("hash", "content", "P-0042", 3);

        assertThat(opening.unwrap(journey, wrapped).open(sealed)).isEqualTo(new BallotSeal.Opened("hash", "content", null));
        assertThat(opening.unwrap(journey, wrapped).open(onPaper)).isEqualTo(new BallotSeal.Opened("hash", "content", "P-0042"));
        assertThat(onPaper).as("a paper ballot's seal is as long as an online one's").hasSameSizeAs(sealed);
        assertThatThrownBy(() -> new BallotSeal("another secret of at least thirty-two characters").unwrap(journey, wrapped))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sealing secret");
        assertThatThrownBy(() -> opening.unwrap(UUID.randomUUID(), wrapped)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BallotSeal("too short")).hasMessageContaining("at least 32 characters");
    }

    @Test
    void ineligibleVotersAndBadBallotsAreRefusedAndNothingIsStored() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults().withPicks(2, 3), 80_000, 90_000, 100_000, 110_000);
        UUID a = vote.ideas().get(0);
        UUID b = vote.ideas().get(1);
        BallotChoice fine = BallotChoice.picking(List.of(a, b));

        assertThatThrownBy(() -> votes.cast(vote.journeyId(), newResident(accounts, Journeys.WARD, false), fine))
                .hasMessageContaining("Only verified residents");
        assertThatThrownBy(() -> votes.cast(vote.journeyId(), newResident(accounts, "E05009438", true), fine))
                .hasMessage("Only residents of this journey's wards can vote in it.");
        assertThatThrownBy(() -> SignedIn.as("facilitator", "RESIDENT", () -> votes.cast(vote.journeyId(), "facilitator", fine)))
                .hasMessageContaining("Only verified residents");
        assertThatThrownBy(() -> votes.cast(vote.journeyId(), "nobody-" + UUID.randomUUID(), fine))
                .hasMessageContaining("There is no resident account");
        String voter = resident();
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(a)))))
                .hasMessage("Choose at least 2 ideas.");
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(vote.ideas()))))
                .hasMessage("Choose at most 3 ideas.");
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(a, a)))))
                .hasMessage("Choose each idea only once.");
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(a, UUID.randomUUID())))))
                .hasMessage("One of your choices is not on this journey's ballot.");
        assertNothingStored(vote.journeyId());

        votes.closeVote(vote.journeyId());
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, fine))).hasMessage("The vote is not open.");
        assertNothingStored(vote.journeyId());
    }

    @Test
    void aJourneyForAnAgeBandRefusesOtherAgesAndStoresNothing() {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(500_000).withVoterAgeBands(
                Set.of(AgeBand.AGE_16_17, AgeBand.AGE_18_24)), "facilitator"));
        assertThat(journeys.get(journey.getId()).getVoterAgeBands()).containsExactlyInAnyOrder(AgeBand.AGE_16_17, AgeBand.AGE_18_24);
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Youth club", "Friday nights.", 80_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"), "resident"));
        ideas.closeWindow(journey.getId(), true);
        ideas.recordEligibility(idea, true, null);
        ideas.confirmShortlist(journey.getId(), "facilitator", null);
        votes.openVote(journey.getId());
        BallotChoice choice = BallotChoice.picking(List.of(idea));
        String older = resident();
        jdbc.update("update user_account set age_band = 'AGE_45_64' where username = ?", older);
        String unknownAge = resident();
        String young = resident();
        jdbc.update("update user_account set age_band = 'AGE_16_17' where username = ?", young);

        assertThatThrownBy(() -> SignedIn.as(older, "RESIDENT", () -> votes.cast(journey.getId(), older, choice))).isInstanceOf(NotEligibleToVote.class)
                .hasMessage("This vote is for residents aged 16 to 17, 18 to 24: your account gives your age as 45 to 64.");
        assertThatThrownBy(() -> SignedIn.as(unknownAge, "RESIDENT", () -> votes.cast(journey.getId(), unknownAge, choice)))
                .hasMessage("This vote is for residents aged 16 to 17, 18 to 24, and your account does not give your age band.");
        assertNothingStored(journey.getId());
        SignedIn.as(young, "RESIDENT", () -> votes.cast(journey.getId(), young, choice));
        assertThat(storedBallots(journey.getId())).isEqualTo(1);
    }

    @Test
    void anIdeaThatIsNotShortlistedCannotBeVotedFor() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000);
        OpenVote other = openVote(500_000, BallotSettings.defaults(), 70_000);
        assertThatThrownBy(() -> votes.cast(vote.journeyId(), resident(), BallotChoice.picking(other.ideas())))
                .hasMessage("One of your choices is not on this journey's ballot.");
        assertNothingStored(vote.journeyId());
    }

    @Test
    void aBudgetBallotMustFitTheBudget() {
        OpenVote vote = openVote(200_000, BallotSettings.defaults().withFormat(BallotFormat.KNAPSACK).withPicks(1, 1),
                120_000, 90_000, 70_000);
        String voter = resident();
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(vote.ideas().subList(0, 2)))))
                .hasMessage("Your choices cost £2,100, more than the budget of £2,000.");
        assertNothingStored(vote.journeyId());
        SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(vote.ideas().get(0), vote.ideas().get(2)))));
        assertThat(storedBallots(vote.journeyId())).isEqualTo(1);
    }

    @Test
    void aPointsBallotKeepsToThePointsAndTheCap() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults().withFormat(BallotFormat.CUMULATIVE).withPicks(1, 3)
                .withPoints(10, 6).withUtility("points"), 80_000, 90_000, 100_000);
        UUID a = vote.ideas().get(0);
        UUID b = vote.ideas().get(1);
        UUID c = vote.ideas().get(2);
        String voter = resident();
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, points(a, 7, b, 3))))
                .hasMessage("You can give at most 6 points to one idea.");
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, points(a, 6, b, 5))))
                .hasMessage("You have given 11 points, but you have only 10 to share out.");
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, BallotChoice.picking(List.of(a)))))
                .hasMessage("Give points to the ideas you vote for.");
        assertNothingStored(vote.journeyId());

        SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, points(a, 6, b, 4)));
        votes.cast(vote.journeyId(), resident(), points(c, 6, b, 4));
        votes.closeVote(vote.journeyId());
        votes.tally(vote.journeyId());
        assertThat(votes.results(vote.journeyId())).extracting(VoteResult::getIdeaId, VoteResult::getVotes)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(b, 8), org.assertj.core.groups.Tuple.tuple(a, 6),
                        org.assertj.core.groups.Tuple.tuple(c, 6));
    }

    private static BallotChoice points(UUID first, int firstPoints, UUID second, int secondPoints) {
        Map<UUID, Integer> given = new LinkedHashMap<>();
        given.put(first, firstPoints);
        given.put(second, secondPoints);
        return BallotChoice.points(given);
    }

    @Test
    void aVoterWhoDeletesTheirAccountAndComesBackCannotVoteAgain() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000);
        BallotChoice choice = BallotChoice.picking(List.of(vote.ideas().get(0)));
        String voter = resident();
        SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, choice));

        personalData.forget(voter);

        assertThat(jdbc.queryForObject("select count(*) from vote_participation where resident = ?", Long.class, voter)).isZero();
        assertThat(votes.hasVoted(vote.journeyId(), voter)).isTrue();
        assertThatThrownBy(() -> SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, choice))).hasMessage(VoteService.ALREADY_VOTED);
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(vote.journeyId(), voter, "P-0009", choice, "facilitator")))
                .hasMessage(voter + " has already voted in this journey.");
        assertThat(votes.turnout(vote.journeyId())).isEqualTo(1);
        assertThat(storedBallots(vote.journeyId())).isEqualTo(1);
    }

    @Test
    void paperBallotsHaveUniqueNumbersAndNobodyVotesTwiceAcrossChannels() {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000);
        BallotChoice choice = BallotChoice.picking(List.of(vote.ideas().get(0)));
        String onPaper = resident();
        String online = resident();
        String another = resident();

        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(vote.journeyId(), onPaper, "P-0001", choice, "facilitator"));
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(vote.journeyId(), another, "P-0001", choice, "facilitator")))
                .hasMessage("Paper ballot number P-0001 has already been entered.");
        assertThatThrownBy(() -> SignedIn.as(onPaper, "RESIDENT", () -> votes.cast(vote.journeyId(), onPaper, choice))).hasMessage(VoteService.ALREADY_VOTED);

        SignedIn.as(online, "RESIDENT", () -> votes.cast(vote.journeyId(), online, choice));
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(vote.journeyId(), online, "P-0002", choice, "facilitator")))
                .hasMessage(online + " has already voted in this journey.");
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(vote.journeyId(), another, " ", choice, "facilitator")))
                .hasMessage("Give the paper ballot number.");

        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(vote.journeyId(), another, "P-0002", choice, "facilitator"));
        assertThat(votes.turnout(vote.journeyId())).isEqualTo(3);
        assertThat(storedBallots(vote.journeyId())).isEqualTo(3);
    }

    @Test
    void aThousandConcurrentCastsForOneResidentStoreExactlyOneBallot() throws Exception {
        OpenVote vote = openVote(500_000, BallotSettings.defaults(), 80_000, 90_000);
        String voter = resident();
        BallotChoice choice = BallotChoice.picking(List.of(vote.ideas().get(0)));
        int threads = 50;
        int submissions = 1_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger alreadyVoted = new AtomicInteger();
        List<Future<String>> casts = new ArrayList<>();
        try {
            for (int i = 0; i < submissions; i++) {
                Callable<String> cast = () -> {
                    start.await();
                    try {
                        return SignedIn.as(voter, "RESIDENT", () -> votes.cast(vote.journeyId(), voter, choice));
                    } catch (IllegalStateException refused) {
                        assertThat(refused).hasMessage(VoteService.ALREADY_VOTED);
                        alreadyVoted.incrementAndGet();
                        return null;
                    }
                };
                casts.add(pool.submit(cast));
            }
            start.countDown();
            int receipts = 0;
            for (Future<String> cast : casts) {
                if (cast.get() != null) {
                    receipts++;
                }
            }
            assertThat(receipts).isEqualTo(1);
            assertThat(alreadyVoted).hasValue(submissions - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(votes.turnout(vote.journeyId())).isEqualTo(1);
        assertThat(storedBallots(vote.journeyId())).isEqualTo(1);
    }

    @Test
    void theTallyCountsTheBallotsWithTheJourneysRule() {
        // three voters want A (£600), two want B (£500) and C (£400); budget £1,000
        OpenVote vote = openVote(100_000, BallotSettings.defaults(), 60_000, 50_000, 40_000);
        UUID a = vote.ideas().get(0);
        UUID b = vote.ideas().get(1);
        UUID c = vote.ideas().get(2);
        for (int i = 0; i < 3; i++) {
            votes.cast(vote.journeyId(), resident(), BallotChoice.picking(List.of(a)));
        }
        for (int i = 0; i < 2; i++) {
            votes.cast(vote.journeyId(), resident(), BallotChoice.picking(List.of(b, c)));
        }
        assertThatThrownBy(() -> votes.tally(vote.journeyId())).hasMessageContaining("still open");
        votes.closeVote(vote.journeyId());

        // MES, cost utilities: each voter has £200; A's voters pay £600 for A, B and C's voters
        // can afford only C
        assertThat(votes.tally(vote.journeyId())).containsExactly(a, c);
        assertThat(votes.winners(vote.journeyId())).containsExactlyInAnyOrder(a, c);
        assertThat(votes.results(vote.journeyId())).extracting(VoteResult::getIdeaId, VoteResult::getVotes)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a, 3),
                        org.assertj.core.groups.Tuple.tuple(b, 2), org.assertj.core.groups.Tuple.tuple(c, 2));
        assertThat(votes.certificationOf(vote.journeyId()).orElseThrow().getRule()).startsWith("mes");
    }

    @Test
    void aRankedBallotCountsItsTopPicksAsApprovalsUnderGreedy() {
        OpenVote vote = openVote(100_000, BallotSettings.defaults().withFormat(BallotFormat.RANKED).withPicks(1, 2)
                .withRule("greedy"), 60_000, 50_000, 30_000);
        UUID a = vote.ideas().get(0);
        UUID b = vote.ideas().get(1);
        UUID c = vote.ideas().get(2);
        votes.cast(vote.journeyId(), resident(), BallotChoice.picking(List.of(b, c)));
        votes.cast(vote.journeyId(), resident(), BallotChoice.picking(List.of(b, a)));
        votes.cast(vote.journeyId(), resident(), BallotChoice.picking(List.of(c)));
        assertThatThrownBy(() -> votes.cast(vote.journeyId(), resident(), BallotChoice.picking(List.of(a, b, c))))
                .hasMessage("Choose at most 2 ideas.");
        votes.closeVote(vote.journeyId());
        // B 2 votes, C 2 votes (tie: lexicographic on id), A 1 vote; A no longer fits
        List<UUID> winners = votes.tally(vote.journeyId());
        assertThat(winners).containsExactlyInAnyOrder(b, c);
    }

    @Test
    void theExportedBallotsGiveTheSameTallyWhenReadBack() {
        OpenVote vote = openVote(100_000, BallotSettings.defaults(), 60_000, 50_000, 40_000, 20_000);
        List<List<UUID>> cast = List.of(List.of(vote.ideas().get(0)), List.of(vote.ideas().get(0), vote.ideas().get(3)),
                List.of(vote.ideas().get(1), vote.ideas().get(2)), List.of(vote.ideas().get(2)), List.of(vote.ideas().get(3)));
        cast.forEach(picks -> votes.cast(vote.journeyId(), resident(), BallotChoice.picking(picks)));
        assertThatThrownBy(() -> votes.exportPabulib(vote.journeyId())).hasMessageContaining("closed");
        votes.closeVote(vote.journeyId());
        List<UUID> winners = votes.tally(vote.journeyId());

        String pb = votes.exportPabulib(vote.journeyId(), new Random(7));
        PabulibFile file = PabulibReader.read(pb);

        assertThat(file.meta()).containsEntry("budget", "100000").containsEntry("vote_type", "approval")
                .containsEntry("subunit", Journeys.WARD).containsKeys("rule", "date_begin", "date_end");
        assertThat(file.votes()).extracting(v -> v.voterId()).containsExactly("1", "2", "3", "4", "5");
        assertThat(file.votes()).extracting(v -> v.vote().size()).containsExactlyInAnyOrder(1, 2, 2, 1, 1);
        assertThat(pb).doesNotContain("voter-");
        var recount = Tally.count(file.toElection(),
                VoteService.tallySettings(journeys.get(vote.journeyId()).getBallotSettings()));
        assertThat(recount.selectedInOrder()).containsExactlyElementsOf(winners.stream().map(UUID::toString).toList());
    }
}
