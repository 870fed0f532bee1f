package org.communityjourneys.voting.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Outcome;
import org.communityjourneys.voting.domain.tally.Rule;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.TieBreak;
import org.communityjourneys.voting.domain.tally.Utility;
import org.junit.jupiter.api.Test;

/** Small elections whose outcomes were worked out by hand (the working is in the comments). */
class HandCountedTest {

    private static final TallySettings GREEDY = TallySettings.defaults().withRule(Rule.GREEDY);
    private static final TallySettings MES = TallySettings.defaults().withCompletion(Completion.NONE);

    private static Outcome count(String fixture, TallySettings settings) {
        Election election = Fixtures.file(fixture).toElection();
        return Tally.count(election, settings);
    }

    @Test
    void greedyByVotesSkipsWhatNoLongerFits() {
        // votes p1 4, p2 3, p3 2, p4 1; budget 100: p1 (60, 40 left), p2 (50) skipped, p3 (30, 10 left), p4 (10)
        assertEquals(new Outcome(List.of("p1", "p3", "p4"), 100), count("greedy-small.pb", GREEDY));
    }

    @Test
    void greedyThresholdLeavesOutProjectsWithTooFewVotes() {
        // p4 has 1 vote < 2: p1 (60), p2 skipped, p3 (30)
        assertEquals(new Outcome(List.of("p1", "p3"), 90), count("greedy-small.pb", GREEDY.withThreshold(2)));
        // threshold 4: only p1 qualifies
        assertEquals(new Outcome(List.of("p1"), 60), count("greedy-small.pb", GREEDY.withThreshold(4)));
    }

    @Test
    void greedyPerCost() {
        // votes/cost: p4 1/10, p1 4/60 = p3 2/30 (tie: "p1" first), p2 3/50: p4, p1, p3 = 100; p2 skipped
        assertEquals(new Outcome(List.of("p4", "p1", "p3"), 100),
                count("greedy-small.pb", GREEDY.withRule(Rule.GREEDY_PER_COST)));
    }

    @Test
    void greedyOnTheSameElectionDiffersFromEqualShares() {
        // votes P1 4, P2 3, P3 2; budget 120: P1 (60), P2 (30), P3 (40) no longer fits
        assertEquals(new Outcome(List.of("P1", "P2"), 90), count("mes-small.pb", GREEDY));
    }

    @Test
    void equalSharesWithApprovalUtilities() {
        // 6 voters x 20. rho = payment per voter: P1 60/4 = 15, P2 30/3 = 10, P3 40/2 = 20.
        // P2 first: v1..v3 pay 10 (10 left each). P1: 3 x 10 + 20 = 50 < 60, out. P3: v5, v6 pay 20.
        assertEquals(new Outcome(List.of("P2", "P3"), 70), count("mes-small.pb", MES.withUtility(Utility.APPROVAL)));
    }

    @Test
    void equalSharesWithCostUtilities() {
        // rho = payment per unit of utility (cost): P1 15/60 = 1/4, P2 10/30 = 1/3, P3 20/40 = 1/2.
        // P1 first: v1..v4 pay 15 (5 left each). P2: 3 x 5 = 15 < 30, out. P3: v5, v6 pay 20.
        assertEquals(new Outcome(List.of("P1", "P3"), 100), count("mes-small.pb", MES.withUtility(Utility.COST)));
    }

    @Test
    void equalSharesTieUnderLexicographicOrder() {
        // 4 voters x 25. Cost utilities: "10" (40 by v1, v2) rho 20/40 = 1/2, "9" (30 by v1, v2) 15/30 = 1/2,
        // "5" (20 by v3) 20/20 = 1. Tie "10" vs "9": as strings "10" < "9", so "10"; v1, v2 keep 5 each,
        // "9" is out; then "5".
        assertEquals(new Outcome(List.of("10", "5"), 60), count("mes-tie.pb", MES.withTieBreak(TieBreak.LEXICOGRAPHIC)));
    }

    @Test
    void equalSharesTieUnderMinCostMaxVotes() {
        // same tie, the cheaper "9" wins; v1, v2 keep 10 each, "10" (40) is out; then "5".
        assertEquals(new Outcome(List.of("9", "5"), 50), count("mes-tie.pb", MES.withTieBreak(TieBreak.MIN_COST_MAX_VOTES)));
    }

    @Test
    void greedyTieUnderEachTieBreak() {
        // budget 50; "10" and "9" both have 2 votes.
        // lexicographic: "10" (40), "9" (30) and "5" (20) no longer fit.
        assertEquals(new Outcome(List.of("10"), 40), count("greedy-tie.pb", GREEDY.withTieBreak(TieBreak.LEXICOGRAPHIC)));
        // min-cost-max-votes: "9" (30), "10" does not fit, "5" (20) does.
        assertEquals(new Outcome(List.of("9", "5"), 50), count("greedy-tie.pb", GREEDY.withTieBreak(TieBreak.MIN_COST_MAX_VOTES)));
    }

    @Test
    void emptyBallotsCountAsVoters() {
        // n = 6 (two empty ballots): 10 each. y (20 by v3, v4) affordable, x (25 by v1, v2) only 20: out.
        // Were empty ballots ignored, n = 4 and 15 each would buy both.
        assertEquals(new Outcome(List.of("y"), 20), count("empty-ballots.pb", MES.withUtility(Utility.APPROVAL)));
        assertEquals(new Outcome(List.of("y"), 20), count("empty-ballots.pb", MES.withUtility(Utility.COST)));
    }

    @Test
    void equalSharesWithPoints() {
        // budget 1000.50 over 3 voters: 333.50 each. Project 1 (400): v1 7 points, v3 10 points:
        // 400/17 per point, v1 pays 164.71, v3 pays 235.29, rho 400/17. Project 2 (300): only v1 (3 points),
        // rho 100. Project 1 first; v1 keeps 168.79 < 300, so project 2 is out.
        assertEquals(new Outcome(List.of("1"), 400), count("edge-cases.pb", MES.withUtility(Utility.POINTS)));
        // greedy by points: 1 (17 points, 400), 2 (3 points, 300), 3 (no points, 500) no longer fits
        assertEquals(new Outcome(List.of("1", "2"), 700), count("edge-cases.pb", GREEDY.withUtility(Utility.POINTS)));
    }

    @Test
    void add1StopsAtOnceWhenNothingElseFits() {
        // mes-small, approval: MES leaves 50 of 120 and P1 costs 60, so the outcome is already exhaustive
        assertEquals(new Outcome(List.of("P2", "P3"), 70),
                count("mes-small.pb", MES.withUtility(Utility.APPROVAL).withCompletion(Completion.ADD1)));
        // and a greedy fill cannot add P1 either
        assertEquals(new Outcome(List.of("P2", "P3"), 70),
                count("mes-small.pb", MES.withUtility(Utility.APPROVAL).withCompletion(Completion.THEN_GREEDY)));
    }

    @Test
    void add1AndBudgetIncreaseRaiseVotersMoneyUntilNothingElseFits() {
        // empty-ballots: MES buys y (20); 40 left and x (25) would fit. Voters' money 10 -> 11 -> 12 -> 13:
        // at 13, v1 + v2 have 26 >= 25; y (rho 10) then x (rho 12.5), 45 <= 60, exhaustive.
        TallySettings approval = MES.withUtility(Utility.APPROVAL);
        Outcome both = new Outcome(List.of("y", "x"), 45);
        assertEquals(both, count("empty-ballots.pb", approval.withCompletion(Completion.ADD1)));
        assertEquals(both, count("empty-ballots.pb", approval.withCompletion(Completion.ADD1_INTEGRAL)));
        // budget + 1% (0.60) a round: at 75 in total voters have 12.50 each and v1 + v2 can pay 25
        assertEquals(both, count("empty-ballots.pb", approval.withCompletion(Completion.BUDGET_INCREASE)));
        // then-greedy: MES buys y, greedy adds x (2 votes, 25 fits in 40)
        assertEquals(both, count("empty-ballots.pb", approval.withCompletion(Completion.THEN_GREEDY)));
    }

    @Test
    void add1StopsWhenNoProjectWithAVoteFitsEvenIfOneWithoutVotesWould() {
        // 3 voters, budget 150 (50 each), cost utilities: v1 {A, B}, v2 {A}, v3 an empty ballot; A 120,
        // B 40, C 5 with no vote. At 50 each, A's supporters hold 100 < 120; B (v1 alone, rho 1) is
        // bought: {B}, 110 left. A (120) does not fit and C has no vote, so the outcome is exhaustive
        // by the reference's definition, which looks only at projects with support: {B}.
        // Looking at C too would go on: at 60 each A (rho 1/2) comes before B (rho 1) and takes v1's
        // money, so {A} (120), until at 100 each v1 can also pay for B, 160 > 150 overspends, and
        // the previous round's {A} would have won instead.
        Election election = PabulibReader.read("""
                META
                key;value
                budget;150
                vote_type;approval
                num_projects;3
                num_votes;3
                PROJECTS
                project_id;cost
                A;120
                B;40
                C;5
                VOTES
                voter_id;vote
                v1;A,B
                v2;A
                v3;
                """).toElection();
        TallySettings add1 = MES.withUtility(Utility.COST).withCompletion(Completion.ADD1);
        assertEquals(new Outcome(List.of("B"), 40), Tally.count(election, add1));
        assertEquals(new Outcome(List.of("B"), 40), Tally.count(election, add1.withCompletion(Completion.ADD1_INTEGRAL)));
    }
}
