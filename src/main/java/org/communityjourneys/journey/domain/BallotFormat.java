package org.communityjourneys.journey.domain;

/** How residents fill in their ballot. */
public enum BallotFormat {
    /** Tick between the minimum and the maximum number of ideas. */
    APPROVAL("Approval: tick your favourite ideas"),
    /** Tick ideas whose costs add up to no more than the budget. */
    KNAPSACK("Budget: choose ideas that fit the budget"),
    /** Share out a number of points, with a cap per idea. */
    CUMULATIVE("Points: share out your points"),
    /** Put your top ideas in order. */
    RANKED("Ranked: put your top ideas in order");

    private final String label;

    BallotFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
