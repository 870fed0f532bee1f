package org.communityjourneys.voting.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.EqualShares;
import org.communityjourneys.voting.domain.tally.Fraction;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Outcome;
import org.communityjourneys.voting.domain.tally.Rule;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.TieBreak;
import org.communityjourneys.voting.domain.tally.Utility;
import org.junit.jupiter.api.Test;

/** Properties every count must have, checked on random small elections (fixed seed). */
class TallyPropertiesTest {

    private static final int ELECTIONS = 150;

    @Test
    void neverOverBudgetAndIndependentOfBallotOrder() {
        Random random = new Random(20260523L);
        for (int e = 0; e < ELECTIONS; e++) {
            Election election = randomElection(random);
            Election shuffled = shuffled(election, random);
            for (TallySettings settings : allSettings()) {
                Outcome outcome = Tally.count(election, settings);
                String where = "election " + e + " " + settings;
                assertTrue(Fraction.of(outcome.totalCost()).compareTo(election.budget()) <= 0, where + " overspends: " + outcome);
                assertEquals(outcome.totalCost(), costOf(election, outcome), where);
                assertEquals(outcome.selectedInOrder().size(), new HashSet<>(outcome.selectedInOrder()).size(), where);
                assertEquals(outcome, Tally.count(shuffled, settings), where + " depends on ballot order");
            }
        }
    }

    @Test
    void equalSharesPaymentsStayWithinEachVotersShareAndPayForWhatIsBought() {
        Random random = new Random(7L);
        for (int e = 0; e < ELECTIONS; e++) {
            Election election = randomElection(random);
            for (Utility utility : Utility.values()) {
                for (Completion completion : List.of(Completion.NONE, Completion.ADD1, Completion.ADD1_INTEGRAL, Completion.BUDGET_INCREASE)) {
                    TallySettings settings = TallySettings.defaults().withUtility(utility).withCompletion(completion);
                    EqualShares.Result result = new Tally(election, settings).equalSharesWithCompletion();
                    Fraction share = result.perVoterBudget();
                    Fraction paid = Fraction.ZERO;
                    for (int voter = 0; voter < election.ballots().size(); voter++) {
                        Fraction byVoter = result.paidBy(voter);
                        assertTrue(byVoter.signum() >= 0, "negative payment");
                        assertTrue(byVoter.compareTo(share) <= 0, "voter " + voter + " paid " + byVoter + " of a share of " + share);
                        if (election.ballots().get(voter).projects().isEmpty()) {
                            assertEquals(Fraction.ZERO, byVoter, "an empty ballot paid");
                        }
                        paid = paid.add(byVoter);
                    }
                    assertEquals(Fraction.of(result.outcome().totalCost()), paid,
                            "election " + e + " " + settings + ": payments do not add up to the cost");
                }
            }
        }
    }

    @Test
    void greedyFundsProjectsInOrderOfVotes() {
        Random random = new Random(99L);
        for (int e = 0; e < ELECTIONS; e++) {
            Election election = randomElection(random);
            Tally tally = new Tally(election, TallySettings.defaults().withRule(Rule.GREEDY));
            Outcome outcome = tally.count();
            long previousVotes = Long.MAX_VALUE;
            for (String id : outcome.selectedInOrder()) {
                long votes = tally.candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().votes();
                assertTrue(votes <= previousVotes);
                previousVotes = votes;
            }
            // nothing left out would still fit
            Fraction left = election.budget().subtract(Fraction.of(outcome.totalCost()));
            for (Candidate candidate : election.candidates()) {
                if (!outcome.selectedInOrder().contains(candidate.id())) {
                    assertTrue(Fraction.of(candidate.cost()).compareTo(left) > 0, "greedy left out " + candidate);
                }
            }
        }
    }

    private static List<TallySettings> allSettings() {
        List<TallySettings> all = new ArrayList<>();
        for (TieBreak tieBreak : TieBreak.values()) {
            TallySettings base = TallySettings.defaults().withTieBreak(tieBreak);
            all.add(base.withRule(Rule.GREEDY));
            all.add(base.withRule(Rule.GREEDY).withThreshold(2));
            all.add(base.withRule(Rule.GREEDY_PER_COST));
            for (Utility utility : Utility.values()) {
                for (Completion completion : Completion.values()) {
                    all.add(base.withUtility(utility).withCompletion(completion));
                }
            }
        }
        return all;
    }

    static Election randomElection(Random random) {
        int projects = 3 + random.nextInt(5);
        int voters = 4 + random.nextInt(12);
        List<Candidate> candidates = new ArrayList<>();
        long totalCost = 0;
        for (int p = 0; p < projects; p++) {
            long cost = 1 + random.nextInt(random.nextBoolean() ? 10 : 60);
            candidates.add(new Candidate(Integer.toString(p + 1 + (random.nextBoolean() ? 0 : 8)), cost, 0));
            totalCost += cost;
        }
        // make ids unique ("1" and "9" can collide after the shift)
        Set<String> seen = new HashSet<>();
        List<Candidate> unique = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (seen.add(candidate.id())) {
                unique.add(candidate);
            }
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            List<String> chosen = new ArrayList<>();
            List<Long> points = new ArrayList<>();
            for (Candidate candidate : unique) {
                if (random.nextInt(3) == 0) {
                    chosen.add(candidate.id());
                    points.add(1L + random.nextInt(5));
                }
            }
            ballots.add(new Ballot(chosen, points));
        }
        long budget = 1 + totalCost * (20 + random.nextInt(60)) / 100;
        return random.nextBoolean() ? Election.of(budget, unique, ballots)
                : new Election(Fraction.of(budget * 10 + random.nextInt(10), 10), unique, ballots);
    }

    private static Election shuffled(Election election, Random random) {
        List<Ballot> ballots = new ArrayList<>(election.ballots());
        Collections.shuffle(ballots, random);
        return new Election(election.budget(), election.candidates(), ballots);
    }

    private static long costOf(Election election, Outcome outcome) {
        return election.candidates().stream().filter(c -> outcome.selectedInOrder().contains(c.id())).mapToLong(Candidate::cost).sum();
    }
}
