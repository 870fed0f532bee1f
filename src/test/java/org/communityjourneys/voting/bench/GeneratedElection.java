package org.communityjourneys.voting.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;
import org.communityjourneys.voting.domain.tally.Election;

/**
 * A made-up approval election shaped like a city vote: projects of mixed cost and popularity,
 * voters approving a handful each (some popular projects much more than others), budget about a
 * third of the total cost. Same seed, same election.
 */
public final class GeneratedElection {

    private GeneratedElection() {
    }

    public static Election approval(int voters, int projects, long seed) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        long[] popularity = new long[projects];
        long totalCost = 0;
        long totalPopularity = 0;
        for (int p = 0; p < projects; p++) {
            long cost = 1_000L * (5 + random.nextInt(400));
            candidates.add(new Candidate(Integer.toString(100 + p), cost, 0));
            totalCost += cost;
            popularity[p] = 1 + random.nextInt(100);
            totalPopularity += popularity[p];
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            int wanted = 1 + random.nextInt(Math.min(12, projects));
            boolean[] chosen = new boolean[projects];
            for (int k = 0; k < wanted; k++) {
                long ticket = (long) (random.nextInt((int) totalPopularity));
                int p = 0;
                while (ticket >= popularity[p]) {
                    ticket -= popularity[p];
                    p++;
                }
                chosen[p] = true;
            }
            List<String> approved = new ArrayList<>();
            for (int p = 0; p < projects; p++) {
                if (chosen[p]) {
                    approved.add(candidates.get(p).id());
                }
            }
            ballots.add(Ballot.approving(approved));
        }
        return Election.of(totalCost / 3, candidates, ballots);
    }

    /**
     * The same election with every cost and the budget in units {@code units} times smaller (100: in
     * pence): that many times the Add1 rounds.
     */
    public static Election inSmallerUnits(Election election, int units) {
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate candidate : election.candidates()) {
            candidates.add(new Candidate(candidate.id(), Math.multiplyExact(candidate.cost(), units), 0));
        }
        return Election.of(Math.multiplyExact(election.budget().floor().longValueExact(), units), candidates, election.ballots());
    }
}
