package org.communityjourneys.voting.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.communityjourneys.voting.bench.GeneratedElection;
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
 * A run in double precision answers only when each of its decisions is certain, and then its outcome
 * is the exact run's: checked against the exact run on elections full of ties (twin projects, equal
 * costs, equal supporter counts, identical ballots), with every utility and tie-break, at many
 * budgets; and it does answer on ordinary large elections (otherwise the count is slow again).
 */
class RoundedRunTest {

    @Test
    void wheneverTheRoundedRunAnswersItIsTheExactRunsOutcome() {
        Random random = new Random(20261205L);
        int answered = 0;
        int asked = 0;
        for (int e = 0; e < 150; e++) {
            Election election = tieRich(random);
            for (Utility utility : Utility.values()) {
                for (TieBreak tieBreak : TieBreak.values()) {
                    Tally tally = new Tally(election, TallySettings.defaults().withUtility(utility).withTieBreak(tieBreak));
                    EqualShares engine = new EqualShares(tally.candidates(), election.ballots(), utility, tieBreak);
                    Fraction share = election.budget().divide(Fraction.of(election.ballots().size()));
                    for (long extra : new long[] {0, 1, 2, 7, random.nextInt(200), random.nextInt(5_000)}) {
                        Fraction perVoter = share.add(Fraction.of(extra));
                        Optional<Outcome> rounded = engine.certainOutcome(perVoter);
                        Outcome exact = engine.run(perVoter).outcome();
                        asked++;
                        if (rounded.isPresent()) {
                            answered++;
                            assertEquals(exact, rounded.get(), "election " + e + " " + utility + " " + tieBreak + " +" + extra);
                        }
                        assertEquals(exact, engine.outcome(perVoter));
                    }
                }
            }
        }
        assertThat(answered).as("answered %d of %d", answered, asked).isGreaterThan(asked / 3);
    }

    @Test
    void onOrdinaryLargeElectionsTheRoundedRunAnswersAndAgreesWithTheExactOne() {
        for (long seed : new long[] {1L, 2L, 3L}) {
            Election election = GeneratedElection.approval(4_000, 40, seed);
            for (Utility utility : List.of(Utility.COST, Utility.APPROVAL)) {
                Tally tally = new Tally(election, TallySettings.defaults().withUtility(utility));
                EqualShares engine = new EqualShares(tally.candidates(), election.ballots(), utility, TieBreak.LEXICOGRAPHIC);
                Fraction share = election.budget().divide(Fraction.of(election.ballots().size()));
                for (long extra : new long[] {0, 5, 40}) {
                    Fraction perVoter = share.add(Fraction.of(extra));
                    Optional<Outcome> rounded = engine.certainOutcome(perVoter);
                    assertThat(rounded).as("seed %d %s +%d", seed, utility, extra).isPresent();
                    assertEquals(engine.run(perVoter).outcome(), rounded.get());
                }
            }
        }
    }

    @Test
    void add1CountedWithRoundedRunsIsAdd1CountedExactlyRoundByRound() {
        Election election = GeneratedElection.approval(3_000, 30, 30_030L);
        for (Utility utility : List.of(Utility.COST, Utility.APPROVAL)) {
            TallySettings settings = TallySettings.defaults().withUtility(utility).withCompletion(Completion.ADD1);
            Tally tally = new Tally(election, settings);
            EqualShares exact = new EqualShares(tally.candidates(), election.ballots(), utility, TieBreak.LEXICOGRAPHIC);
            Fraction perVoter = election.budget().divide(Fraction.of(election.ballots().size()));
            Outcome previous = null;
            Outcome expected;
            while (true) {
                Outcome outcome = exact.run(perVoter).outcome();
                if (outcome.totalCost() > election.budget().floor().longValueExact()) {
                    expected = previous == null ? outcome : previous;
                    break;
                }
                long left = election.budget().floor().longValueExact() - outcome.totalCost();
                boolean fits = tally.candidates().stream()
                        .anyMatch(c -> !outcome.selectedInOrder().contains(c.id()) && c.votes() > 0 && c.cost() <= left);
                if (!fits) {
                    expected = outcome;
                    break;
                }
                previous = outcome;
                perVoter = perVoter.add(Fraction.ONE);
            }
            assertEquals(expected, tally.count(), utility.toString());
            assertEquals(expected.selectedInOrder(), tally.equalSharesWithCompletion().outcome().selectedInOrder());
        }
    }

    /**
     * 5-60 voters, many identical ballots, projects in twins (same cost, often the same supporters)
     * and costs from a few values: exact ties in rho at every stage, and thresholds met exactly.
     */
    static Election tieRich(Random random) {
        int projects = 2 + random.nextInt(8);
        List<Candidate> candidates = new ArrayList<>();
        long total = 0;
        long[] costs = {600, 1_200, 1_800, 3_000};
        for (int p = 0; p < projects; p++) {
            long cost = p % 2 == 1 && random.nextBoolean() ? candidates.get(p - 1).cost() : costs[random.nextInt(costs.length)];
            candidates.add(new Candidate("p" + p, cost, 0));
            total += cost;
        }
        int shapes = 1 + random.nextInt(6);
        List<Ballot> patterns = new ArrayList<>();
        for (int k = 0; k < shapes; k++) {
            List<String> chosen = new ArrayList<>();
            List<Long> points = new ArrayList<>();
            for (int p = 0; p < projects; p++) {
                boolean twinOfChosen = p % 2 == 1 && chosen.contains("p" + (p - 1));
                if (twinOfChosen ? random.nextInt(4) > 0 : random.nextInt(5) < 2) {
                    chosen.add("p" + p);
                    points.add(1L + random.nextInt(3));
                }
            }
            patterns.add(new Ballot(chosen, points));
        }
        List<Ballot> ballots = new ArrayList<>();
        int voters = 5 + random.nextInt(56);
        for (int v = 0; v < voters; v++) {
            ballots.add(patterns.get(random.nextInt(patterns.size())));
        }
        long budget = total * (20 + random.nextInt(60)) / 100;
        return Election.of(budget - budget % voters, candidates, ballots);
    }
}
