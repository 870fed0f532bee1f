package org.communityjourneys.review.domain;

import java.util.List;

/**
 * Three short social-connection questions asked of participants before and after the project;
 * each number is how many said yes. Counts only: no names, no scores.
 */
public record ConnectionCounts(int knowNeighboursBefore, int knowNeighboursAfter, int someoneToAskBefore,
        int someoneToAskAfter, int feelPartBefore, int feelPartAfter) {

    public static final String KNOW_NEIGHBOURS = "I know people in my neighbourhood I can chat to";
    public static final String SOMEONE_TO_ASK = "I have someone I could ask for help";
    public static final String FEEL_PART = "I feel part of my community";

    public static ConnectionCounts none() {
        return new ConnectionCounts(0, 0, 0, 0, 0, 0);
    }

    /** How many more "yes" answers there were after than before, over the three questions. */
    public int change() {
        return (knowNeighboursAfter - knowNeighboursBefore) + (someoneToAskAfter - someoneToAskBefore)
                + (feelPartAfter - feelPartBefore);
    }

    List<Integer> all() {
        return List.of(knowNeighboursBefore, knowNeighboursAfter, someoneToAskBefore, someoneToAskAfter, feelPartBefore,
                feelPartAfter);
    }
}
