package org.communityjourneys.voting.domain.tally;

import java.util.Comparator;

/** How to choose between projects that a rule finds exactly equal. */
public enum TieBreak {
    /** Project id compared as a string ("11" before "2"): the pabutools default. */
    LEXICOGRAPHIC,
    /** Lower cost first, then more votes, then project id (equalshares.net's recommendation). */
    MIN_COST_MAX_VOTES;

    /** Orders candidates so that the one to prefer comes first. */
    public Comparator<Candidate> preference() {
        Comparator<Candidate> byId = Comparator.comparing(Candidate::id);
        if (this == LEXICOGRAPHIC) {
            return byId;
        }
        return Comparator.comparingLong(Candidate::cost)
                .thenComparing(Comparator.comparingLong(Candidate::votes).reversed())
                .thenComparing(byId);
    }

    public static TieBreak fromOption(String option) {
        return switch (option) {
            case "lexicographic" -> LEXICOGRAPHIC;
            case "min-cost-max-votes" -> MIN_COST_MAX_VOTES;
            default -> throw new IllegalArgumentException("Unknown tie-break: " + option
                    + " (use lexicographic or min-cost-max-votes)");
        };
    }
}
