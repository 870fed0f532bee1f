package org.communityjourneys.voting.domain.tally;

/**
 * How to count: the rule, the utility MES uses, the completion after MES, the tie-break and a
 * minimum number of votes a project needs to be considered at all (0 = none).
 */
public record TallySettings(Rule rule, Utility utility, Completion completion, TieBreak tieBreak, long threshold) {

    public TallySettings {
        if (threshold < 0) {
            throw new IllegalArgumentException("The threshold cannot be negative");
        }
    }

    /** MES with cost utilities and Add1, lexicographic ties: what equalshares.net recommends. */
    public static TallySettings defaults() {
        return new TallySettings(Rule.EQUAL_SHARES, Utility.COST, Completion.ADD1, TieBreak.LEXICOGRAPHIC, 0);
    }

    public TallySettings withRule(Rule newRule) {
        return new TallySettings(newRule, utility, completion, tieBreak, threshold);
    }

    public TallySettings withUtility(Utility newUtility) {
        return new TallySettings(rule, newUtility, completion, tieBreak, threshold);
    }

    public TallySettings withCompletion(Completion newCompletion) {
        return new TallySettings(rule, utility, newCompletion, tieBreak, threshold);
    }

    public TallySettings withTieBreak(TieBreak newTieBreak) {
        return new TallySettings(rule, utility, completion, newTieBreak, threshold);
    }

    public TallySettings withThreshold(long newThreshold) {
        return new TallySettings(rule, utility, completion, tieBreak, newThreshold);
    }
}
