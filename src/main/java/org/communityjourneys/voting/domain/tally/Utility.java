package org.communityjourneys.voting.domain.tally;

/** How much a voter gains from a project they voted for, as the Method of Equal Shares sees it. */
public enum Utility {
    /** 1 for every approved project. */
    APPROVAL,
    /** The cost of the approved project. */
    COST,
    /** The points the voter gave the project (cumulative or scoring ballots). */
    POINTS;

    public static Utility fromOption(String option) {
        return switch (option) {
            case "approval" -> APPROVAL;
            case "cost" -> COST;
            case "points" -> POINTS;
            default -> throw new IllegalArgumentException("Unknown utility: " + option + " (use approval, cost or points)");
        };
    }
}
