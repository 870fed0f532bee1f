package org.communityjourneys.voting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.VoteCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress of a count: others see it while the count's own transaction is still open, the
 * finished row comes with the result, a count stopped on an error says why, and a second count in
 * the same transaction (whose progress row is locked by the first) is not held up by its progress.
 */
@SpringBootTest
@ActiveProfiles("test")
class VoteCountProgressTest {

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
    VoteCountProgress progress;
    @Autowired
    PlatformTransactionManager transactions;

    private UUID journeyId;
    private final List<UUID> onBallot = new ArrayList<>();

    /**
     * Method of Equal Shares with Add1 in pence: budget £2,000, ideas of £900, £900 and £1,500, three
     * voters; the count needs many rounds of one more penny per voter.
     */
    @BeforeEach
    void aClosedVote() {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR",
                () -> journeys.launch(Journeys.plan(200_000).withBallot(BallotSettings.defaults()), "facilitator"));
        journeyId = journey.getId();
        ideas.openWindow(journeyId);
        for (long cost : new long[] {90_000, 90_000, 150_000}) {
            onBallot.add(SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, new IdeaDraft("Idea of " + cost,
                    "Something for the ward.", cost, Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"),
                    "resident")));
        }
        ideas.closeWindow(journeyId, true);
        onBallot.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
        vote(onBallot.get(2), onBallot.get(0));
        vote(onBallot.get(2));
        vote(onBallot.get(1));
        votes.closeVote(journeyId);
    }

    private void vote(UUID... picks) {
        String voter = "count-voter-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureAccount(voter, "Voter", "journeys-voter", Set.of(Role.RESIDENT), Journeys.WARD, true);
        SignedIn.as(voter, "RESIDENT", () -> votes.cast(journeyId, voter, BallotChoice.picking(List.of(picks))));
    }

    @Test
    void aFinishedCountIsStoredWithItsRoundsAndWhatItSpends() {
        assertThat(votes.count(journeyId)).isEmpty();

        List<UUID> winners = votes.tally(journeyId);

        VoteCount count = votes.count(journeyId).orElseThrow();
        long spent = jdbc.queryForObject("select coalesce(sum(cost_pence), 0) from vote_result where journey_id = ? and selected",
                Long.class, journeyId);
        assertThat(winners).isNotEmpty();
        assertThat(count.isRunning()).isFalse();
        assertThat(count.hasFailed()).isFalse();
        assertThat(count.finishedAt()).isNotNull();
        assertThat(count.rounds()).isGreaterThan(1);
        assertThat(count.spentPence()).isEqualTo(spent).isPositive();
        assertThat(count.budgetPence()).isEqualTo(200_000);
    }

    @Test
    void othersSeeTheRoundsBeforeTheCountCommits() {
        TransactionTemplate countsTransaction = new TransactionTemplate(transactions);
        Map<String, Object> seenByAnother = countsTransaction.execute(status -> {
            VoteCountProgress.Running running = progress.started(journeyId, 200_000);
            running.roundCounted(1, 90_000);
            sleep(Duration.ofMillis(VoteCountProgress.EVERY_MILLIS + 100));
            running.roundCounted(2, 180_000);
            return CompletableFuture.supplyAsync(() -> jdbc.queryForMap(
                    "select rounds, spent_pence, finished_at from vote_count where journey_id = ?", journeyId)).join();
        });

        assertThat(seenByAnother).containsEntry("rounds", 2L).containsEntry("spent_pence", 180_000L);
        assertThat(seenByAnother.get("finished_at")).isNull();
        assertThat(votes.count(journeyId)).hasValueSatisfying(count -> assertThat(count.isRunning()).isTrue());
    }

    @Test
    void aCountStoppedOnAnErrorSaysWhyUntilItRunsAgain() {
        VoteCountProgress.Running running = progress.started(journeyId, 200_000);
        running.roundCounted(7, 90_000);
        progress.failed(journeyId, new IllegalStateException("the exact run disagrees"));

        VoteCount failed = votes.count(journeyId).orElseThrow();
        assertThat(failed.hasFailed()).isTrue();
        assertThat(failed.isRunning()).isFalse();
        assertThat(failed.failure()).isEqualTo("the exact run disagrees");

        votes.tally(journeyId);
        VoteCount again = votes.count(journeyId).orElseThrow();
        assertThat(again.hasFailed()).isFalse();
        assertThat(again.failure()).isNull();
        assertThat(again.finishedAt()).isNotNull();
        assertThat(again.startedAt()).isAfterOrEqualTo(failed.startedAt());
    }

    /**
     * A count inside work that is then undone (as a paper entry voided after the close counts again
     * and could still fail): the results stay as they were, and the progress row does not say
     * "counting" for ever, which would hide the certification decision.
     */
    @Test
    void aCountWhoseTransactionIsRolledBackLeavesTheResultsAsTheyWereAndSaysSo() {
        votes.tally(journeyId);
        List<Map<String, Object>> resultsBefore = jdbc.queryForList(
                "select * from vote_result where journey_id = ? order by idea_id", journeyId);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            votes.tally(journeyId);
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForList("select * from vote_result where journey_id = ? order by idea_id", journeyId))
                .isEqualTo(resultsBefore);
        VoteCount count = votes.count(journeyId).orElseThrow();
        assertThat(count.isRunning()).isFalse();
        assertThat(count.hasFailed()).isTrue();
        assertThat(count.failure()).isEqualTo(VoteCountProgress.UNDONE);

        votes.tally(journeyId);
        assertThat(votes.count(journeyId)).hasValueSatisfying(again -> assertThat(again.finishedAt()).isNotNull());
    }

    /**
     * The first count's finished row stays locked until the transaction ends; the second count's
     * progress cannot be written meanwhile, and is skipped after its lock timeout instead of waiting
     * for a transaction that waits for it.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSecondCountInTheSameTransactionIsNotHeldUpByItsProgress() {
        List<UUID> first = new TransactionTemplate(transactions).execute(status -> {
            List<UUID> once = votes.tally(journeyId);
            List<UUID> twice = votes.tally(journeyId);
            assertThat(twice).isEqualTo(once);
            return twice;
        });

        assertThat(first).isEqualTo(votes.tally(journeyId));
        assertThat(votes.count(journeyId)).hasValueSatisfying(count -> assertThat(count.finishedAt()).isNotNull());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
