package org.communityjourneys.voting.domain.tally;

/** The counting rules on offer. */
public enum Rule {
    /** Most votes first; fund each project that still fits. */
    GREEDY,
    /** Most votes per unit of cost first; fund each project that still fits. */
    GREEDY_PER_COST,
    /** The Method of Equal Shares. */
    EQUAL_SHARES;

    public static Rule fromOption(String option) {
        return switch (option) {
            case "greedy" -> GREEDY;
            case "greedy-per-cost" -> GREEDY_PER_COST;
            case "mes" -> EQUAL_SHARES;
            default -> throw new IllegalArgumentException("Unknown rule: " + option + " (use greedy, greedy-per-cost or mes)");
        };
    }
}
