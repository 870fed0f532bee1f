package org.communityjourneys.voting.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communityjourneys.voting.bench.GeneratedElection;
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
 * Add1 on a large election jumps over rounds proved to give the same outcome
 * ({@link EqualShares#sameOutcomeBetween}) and counts rounds ahead side by side. The proof is checked
 * against the exact run at rounds inside each proved jump, on elections full of ties and on
 * elections in pence that need thousands of rounds; and the whole Add1 count against Add1 round by
 * round (on elections in tenths of a pound, some 17,000 rounds each, so the reference is quick).
 */
class RoundJumpsTest {

    @Test
    void wheneverAJumpIsProvedEveryRoundInItGivesTheSameOutcome() {
        Random random = new Random(20261207L);
        int proved = 0;
        int asked = 0;
        for (int e = 0; e < 120; e++) {
            Election election = e % 3 == 0 ? GeneratedElection.inSmallerUnits(GeneratedElection.approval(60 + random.nextInt(200), 6 + random.nextInt(10),
                    random.nextLong()), 100) : RoundedRunTest.tieRich(random);
            for (Utility utility : List.of(Utility.COST, Utility.APPROVAL, Utility.POINTS)) {
                TieBreak tieBreak = TieBreak.values()[random.nextInt(TieBreak.values().length)];
                Tally tally = new Tally(election, TallySettings.defaults().withUtility(utility).withTieBreak(tieBreak));
                EqualShares engine = new EqualShares(tally.candidates(), election.ballots(), utility, tieBreak);
                Fraction share = election.budget().divide(Fraction.of(election.ballots().size()));
                for (long jump : new long[] {1, 3, 20, 200, 2_000}) {
                    Fraction low = share.add(Fraction.of(random.nextInt(3_000)));
                    Fraction high = low.add(Fraction.of(jump));
                    Outcome outcome = engine.run(low).outcome();
                    asked++;
                    if (!engine.sameOutcomeBetween(low, high, outcome)) {
                        continue;
                    }
                    proved++;
                    String where = "election " + e + " " + utility + " " + tieBreak + " jump " + jump;
                    for (Fraction inside : List.of(high, low.add(Fraction.of(1 + random.nextInt((int) jump))),
                            low.add(Fraction.of(jump, 2)), low.add(Fraction.of(1, 3)))) {
                        if (inside.compareTo(high) <= 0) {
                            assertEquals(outcome, engine.run(inside).outcome(), where + " at " + inside);
                        }
                    }
                    Outcome later = engine.run(high.add(Fraction.of(5_000))).outcome();
                    if (!later.equals(outcome)) {
                        assertThat(engine.sameOutcomeBetween(low, high.add(Fraction.of(5_000)), outcome)).as(where).isFalse();
                        assertThat(engine.sameOutcomeBetween(low, high, later)).as(where + ", another outcome").isFalse();
                    }
                }
            }
        }
        assertThat(proved).as("proved %d of %d", proved, asked).isGreaterThan(asked / 5);
    }

    /**
     * Worked by hand: twelve voters; "c" (cost 250, voters 8-12) is bought first (rho 1/5); then
     * "b" (cost 100, voters 1-4) and "a" (cost 100, voters 5-8) both have rho 1/4 when everyone can
     * pay 25. With 60 each, voter 8 has 10 left after "c", so "a" costs more per voter and "b" is
     * bought; from 75 each, voter 8 has 25 or more, "a" and "b" tie, and the tie-break (ids) buys "a"
     * first. So a jump from 60 to 74 may be proved, none to 75, though "b" is at its lowest rho all
     * the way.
     */
    @Test
    void aTieThatTheTieBreakSettlesTheOtherWayStopsTheJump() {
        List<org.communityjourneys.voting.domain.tally.Ballot> ballots = new ArrayList<>();
        for (int voter = 1; voter <= 12; voter++) {
            List<String> chosen = new ArrayList<>();
            if (voter <= 4) {
                chosen.add("b");
            }
            if (voter >= 5 && voter <= 8) {
                chosen.add("a");
            }
            if (voter >= 8) {
                chosen.add("c");
            }
            ballots.add(org.communityjourneys.voting.domain.tally.Ballot.approving(chosen));
        }
        List<Candidate> candidates = List.of(new Candidate("a", 100, 4), new Candidate("b", 100, 4), new Candidate("c", 250, 5));
        EqualShares engine = new EqualShares(candidates, ballots, Utility.COST, TieBreak.LEXICOGRAPHIC);

        Outcome at60 = engine.run(Fraction.of(60)).outcome();
        assertEquals(List.of("c", "b", "a"), at60.selectedInOrder());
        assertEquals(List.of("c", "a", "b"), engine.run(Fraction.of(80)).outcome().selectedInOrder());
        assertThat(engine.sameOutcomeBetween(Fraction.of(60), Fraction.of(80), at60)).isFalse();
        assertThat(engine.sameOutcomeBetween(Fraction.of(60), Fraction.of(75), at60)).isFalse();
        assertThat(engine.sameOutcomeBetween(Fraction.of(60), Fraction.of(74), at60)).isTrue();
        assertEquals(at60, engine.run(Fraction.of(74)).outcome());
    }

    @Test
    void add1WithJumpsIsAdd1RoundByRound() {
        for (long seed : new long[] {11L, 12L, 13L}) {
            Election election = GeneratedElection.inSmallerUnits(GeneratedElection.approval(400, 25, seed), 10);
            for (Utility utility : List.of(Utility.COST, Utility.APPROVAL)) {
                TallySettings settings = TallySettings.defaults().withUtility(utility).withCompletion(Completion.ADD1);
                Tally tally = new Tally(election, settings);
                EqualShares engine = new EqualShares(tally.candidates(), election.ballots(), utility, TieBreak.LEXICOGRAPHIC);
                assertThat(engine.size()).as("large enough to jump").isGreaterThan(3_000);
                long[] rounds = {0};
                Outcome counted = tally.count((round, spent) -> rounds[0] = round);
                long[] byRound = {0};
                Fraction[] lastRun = new Fraction[1];
                Outcome expected = roundByRound(election, tally.candidates(), engine, byRound, lastRun);
                String where = "seed " + seed + " " + utility;
                assertEquals(expected, counted, where);
                EqualShares.Result finalRun = tally.equalSharesWithCompletion();
                assertEquals(expected, finalRun.outcome(), where);
                assertEquals(lastRun[0], finalRun.perVoterBudget(), where + ": the run whose payments count");
                if (byRound[0] > 500) {
                    assertThat(rounds[0]).as(where + ": rounds counted of " + byRound[0]).isLessThan(byRound[0] / 3);
                }
            }
        }
    }

    /** Add1 as the reference defines it: one more unit per voter each round, every round counted. */
    private static Outcome roundByRound(Election election, List<Candidate> candidates, EqualShares engine, long[] rounds,
            Fraction[] lastRun) {
        Fraction perVoter = election.budget().divide(Fraction.of(election.ballots().size()));
        long budget = election.budget().floor().longValueExact();
        Outcome previous = null;
        while (true) {
            Outcome outcome = engine.outcome(perVoter);
            rounds[0]++;
            if (outcome.totalCost() > budget) {
                if (previous == null) {
                    lastRun[0] = perVoter;
                    return outcome;
                }
                lastRun[0] = perVoter.subtract(Fraction.ONE);
                return previous;
            }
            long left = budget - outcome.totalCost();
            boolean fits = candidates.stream()
                    .anyMatch(c -> !outcome.selectedInOrder().contains(c.id()) && c.votes() > 0 && c.cost() <= left);
            if (!fits) {
                lastRun[0] = perVoter;
                return outcome;
            }
            previous = outcome;
            perVoter = perVoter.add(Fraction.ONE);
        }
    }
}
