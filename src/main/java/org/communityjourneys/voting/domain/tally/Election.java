package org.communityjourneys.voting.domain.tally;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a count needs: the budget, the projects (with their costs) and every ballot cast. */
public record Election(Fraction budget, List<Candidate> candidates, List<Ballot> ballots) {

    public Election {
        candidates = List.copyOf(candidates);
        ballots = List.copyOf(ballots);
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("The budget cannot be negative");
        }
        Set<String> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!ids.add(candidate.id())) {
                throw new IllegalArgumentException("Project " + candidate.id() + " appears twice");
            }
        }
        for (Ballot ballot : ballots) {
            for (String id : ballot.projects()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("A ballot names unknown project " + id);
                }
            }
        }
    }

    public static Election of(long budget, List<Candidate> candidates, List<Ballot> ballots) {
        return new Election(Fraction.of(budget), candidates, ballots);
    }
}
