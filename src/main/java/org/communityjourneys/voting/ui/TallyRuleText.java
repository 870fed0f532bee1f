package org.communityjourneys.voting.ui;

import org.communityjourneys.journey.domain.BallotSettings;

/** The tally rule and its settings in plain English, for the certification and results pages. */
final class TallyRuleText {

    private TallyRuleText() {
    }

    static String rule(BallotSettings settings) {
        return switch (settings.rule()) {
            case "mes" -> "Method of Equal Shares";
            case "greedy" -> "Most votes first";
            case "greedy-per-cost" -> "Most votes per pound first";
            default -> settings.rule();
        };
    }

    static String utility(BallotSettings settings) {
        return switch (settings.utility()) {
            case "approval" -> "each idea a voter backs counts the same";
            case "cost" -> "an idea counts for its cost to each voter who backs it";
            case "points" -> "an idea counts for the points each voter gave it";
            default -> settings.utility();
        };
    }

    static String completion(BallotSettings settings) {
        return switch (settings.completion()) {
            case "none" -> "none: money Equal Shares leaves over stays unspent";
            case "add1" -> "Add1: each voter's share is raised a penny at a time while nothing overspends";
            case "add1-integral" -> "Add1 from whole pounds: as Add1, starting from whole-pound shares";
            case "then-greedy" -> "then most votes first: what is left funds the most-voted ideas that still fit";
            case "add1-then-greedy" -> "Add1, then most votes first with what is left";
            case "budget-increase" -> "budget increase: shares are raised while the result stays within budget";
            default -> settings.completion();
        };
    }

    static String tieBreak(BallotSettings settings) {
        return switch (settings.tieBreak()) {
            case "lexicographic" -> "by each idea's fixed reference code, not by votes or cost, so a recount gives the same result";
            case "min-cost-max-votes" -> "the cheaper idea first, then the one with more votes";
            default -> settings.tieBreak();
        };
    }

    /** One paragraph for residents. */
    static String explain(BallotSettings settings) {
        return switch (settings.rule()) {
            case "mes" -> "The budget was shared equally between everyone who voted. Each idea was funded if the "
                    + "people who voted for it could pay for it together from their shares; ideas backed by "
                    + "more people, for less money, were funded first. Completion: " + completion(settings) + ".";
            case "greedy" -> "Ideas were funded in order of their votes, most votes first, skipping any idea "
                    + "that no longer fitted in the money left.";
            case "greedy-per-cost" -> "Ideas were funded in order of votes per pound, skipping any idea that no "
                    + "longer fitted in the money left.";
            default -> rule(settings) + ".";
        };
    }
}
