package org.communityjourneys.voting.domain.tally;

/**
 * Told after every round of an iterated Method of Equal Shares (Add1, budget increase), so a long
 * count can show how far it has gone. The rounds skipped because they cannot change the outcome are
 * not told one by one.
 */
@FunctionalInterface
public interface CountProgress {

    /** No one is listening. */
    CountProgress NONE = (rounds, spent) -> {
    };

    /**
     * @param rounds the rounds counted so far (runs of the method, the skipped ones not included)
     * @param spent the cost of the outcome of the last round
     */
    void roundCounted(long rounds, long spent);
}
