package org.communityjourneys.voting.domain.tally;

/** What to do after the Method of Equal Shares leaves money unspent. */
public enum Completion {
    NONE("none"),
    /** Iterated MES from budget/n per voter, plus one currency unit per voter per round. */
    ADD1("add1"),
    /** The same, starting from floor(budget/n) per voter (equalshares.net "Add1"). */
    ADD1_INTEGRAL("add1-integral"),
    /** MES, then fill up greedily by votes within what is left. */
    THEN_GREEDY("then-greedy"),
    /** Iterated MES (add1), then the same greedy fill. */
    ADD1_THEN_GREEDY("add1-then-greedy"),
    /** Rerun MES with the total budget raised in steps of 1% of the limit. */
    BUDGET_INCREASE("budget-increase");

    private final String option;

    Completion(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }

    public static Completion fromOption(String option) {
        for (Completion completion : values()) {
            if (completion.option.equals(option)) {
                return completion;
            }
        }
        throw new IllegalArgumentException("Unknown completion: " + option
                + " (use none, add1, add1-integral, then-greedy, add1-then-greedy or budget-increase)");
    }
}
