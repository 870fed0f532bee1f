package org.communityjourneys.voting.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.EqualShares;
import org.communityjourneys.voting.domain.tally.Fraction;
import org.communityjourneys.voting.domain.tally.Outcome;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.TieBreak;
import org.communityjourneys.voting.domain.tally.Utility;
import org.junit.jupiter.api.Test;

/**
 * Add1 on small electorates skips rounds that cannot change the outcome. These tests check the
 * claim behind the skip round by round, and the whole Add1 result against plain round-by-round
 * iteration.
 */
class Add1SkippingTest {

    @Test
    void aTrackedRunIsTheSameRunAndItsOutcomeHoldsForTheRoundsItClaims() {
        Random random = new Random(4242L);
        for (int e = 0; e < 120; e++) {
            Election election = smallVoteBigBudget(random);
            for (Utility utility : Utility.values()) {
                for (TieBreak tieBreak : TieBreak.values()) {
                    Tally tally = new Tally(election, TallySettings.defaults().withUtility(utility).withTieBreak(tieBreak));
                    EqualShares engine = new EqualShares(tally.candidates(), election.ballots(), utility, tieBreak);
                    Fraction start = election.budget().divide(Fraction.of(election.ballots().size()));
                    long round = random.nextInt(2_000);
                    EqualShares.TrackedRun tracked = engine.runTracked(start, Fraction.ONE, round);
                    Outcome plain = engine.run(start.add(Fraction.of(round))).outcome();
                    String where = "election " + e + " " + utility + " " + tieBreak + " round " + round;
                    assertEquals(plain, tracked.result().outcome(), where);
                    for (int voter = 0; voter < election.ballots().size(); voter++) {
                        assertEquals(engine.run(start.add(Fraction.of(round))).paidBy(voter), tracked.result().paidBy(voter), where);
                    }
                    assertTrue(tracked.sameUntil() >= round, where);
                    long last = Math.min(tracked.sameUntil(), round + 5_000);
                    for (long later : new long[] {round + 1, (round + last) / 2, last - 1, last}) {
                        if (later >= round && later <= last) {
                            assertEquals(plain, engine.run(start.add(Fraction.of(later))).outcome(), where + " vs round " + later);
                        }
                    }
                }
            }
        }
    }

    @Test
    void add1WithSkippingEqualsAdd1RoundByRound() {
        Random random = new Random(777L);
        for (int e = 0; e < 40; e++) {
            Election election = smallVoteBigBudget(random);
            for (Utility utility : List.of(Utility.APPROVAL, Utility.COST)) {
                TallySettings settings = TallySettings.defaults().withUtility(utility).withCompletion(Completion.ADD1);
                Tally tally = new Tally(election, settings);
                Counted expected = roundByRound(election, tally.candidates(), utility);
                String where = "election " + e + " " + utility;
                assertEquals(expected.outcome(), tally.count(), where);
                assertEquals(expected.perVoter(), tally.equalSharesWithCompletion().perVoterBudget(), where + ": the run whose payments count");
            }
        }
    }

    /**
     * The count tells its progress after each round it runs: rounds 1, 2, 3... in order, the last
     * one's spending as the outcome it returns (or the round after it, which overspent), and the same
     * outcome as a count nobody listens to.
     */
    @Test
    void theCountTellsEachRoundItRunsInOrder() {
        Random random = new Random(99L);
        int told = 0;
        for (int e = 0; e < 20; e++) {
            Election election = smallVoteBigBudget(random);
            TallySettings settings = TallySettings.defaults().withUtility(Utility.COST).withCompletion(Completion.ADD1);
            List<long[]> rounds = new ArrayList<>();
            Outcome outcome = new Tally(election, settings).count((round, spent) -> rounds.add(new long[] {round, spent}));
            assertEquals(new Tally(election, settings).count(), outcome, "election " + e);
            assertTrue(!rounds.isEmpty(), "election " + e);
            for (int i = 0; i < rounds.size(); i++) {
                assertEquals(i + 1, rounds.get(i)[0], "election " + e);
            }
            long lastSpent = rounds.get(rounds.size() - 1)[1];
            assertTrue(lastSpent == outcome.totalCost() || lastSpent > election.budget().floor().longValueExact(), "election " + e);
            told += rounds.size();
        }
        assertTrue(told > 40, "only " + told + " rounds told");
    }

    /** Add1 exactly as described: +1 per voter per round, no skipping. */
    /** What Add1 returns and the money per voter of the run it comes from. */
    private record Counted(Outcome outcome, Fraction perVoter) {
    }

    private static Counted roundByRound(Election election, List<Candidate> candidates, Utility utility) {
        EqualShares engine = new EqualShares(candidates, election.ballots(), utility, TieBreak.LEXICOGRAPHIC);
        Fraction perVoter = election.budget().divide(Fraction.of(election.ballots().size()));
        Outcome previous = null;
        while (true) {
            Outcome outcome = engine.run(perVoter).outcome();
            if (Fraction.of(outcome.totalCost()).compareTo(election.budget()) > 0) {
                return previous == null ? new Counted(outcome, perVoter) : new Counted(previous, perVoter.subtract(Fraction.ONE));
            }
            Fraction left = election.budget().subtract(Fraction.of(outcome.totalCost()));
            // exhaustive as the reference defines it: no project left out that has a vote still fits
            boolean exhaustive = candidates.stream().noneMatch(c -> !outcome.selectedInOrder().contains(c.id()) && c.votes() > 0
                    && Fraction.of(c.cost()).compareTo(left) <= 0);
            boolean canGrow = candidates.stream().anyMatch(c -> !outcome.selectedInOrder().contains(c.id()) && c.votes() > 0);
            if (exhaustive || !canGrow) {
                return new Counted(outcome, perVoter);
            }
            previous = outcome;
            perVoter = perVoter.add(Fraction.ONE);
        }
    }

    /** 4-12 voters, 3-7 projects costing thousands: Add1 needs hundreds to thousands of rounds. */
    private static Election smallVoteBigBudget(Random random) {
        int projects = 3 + random.nextInt(5);
        int voters = 4 + random.nextInt(9);
        List<Candidate> candidates = new ArrayList<>();
        long total = 0;
        for (int p = 0; p < projects; p++) {
            long cost = 100L * (1 + random.nextInt(60));
            candidates.add(new Candidate(Integer.toString(p * 7 % 11), cost, 0));
            total += cost;
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            List<String> chosen = new ArrayList<>();
            List<Long> points = new ArrayList<>();
            for (Candidate candidate : candidates) {
                if (random.nextInt(5) < 2) {
                    chosen.add(candidate.id());
                    points.add(1L + random.nextInt(4));
                }
            }
            ballots.add(new Ballot(chosen, points));
        }
        return Election.of(total * (30 + random.nextInt(50)) / 100, candidates, ballots);
    }
}
