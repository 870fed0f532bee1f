package org.communityjourneys.voting.ui;

import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.journey.domain.BallotSettings;

/** The tally rule and its settings in plain words (the UI's language), for the certification and results pages. */
final class TallyRuleText {

    private TallyRuleText() {
    }

    static String rule(BallotSettings settings) {
        return switch (settings.rule()) {
            case "mes" -> Translations.text("tally.rule.mes");
            case "greedy" -> Translations.text("tally.rule.greedy");
            case "greedy-per-cost" -> Translations.text("tally.rule.greedyPerCost");
            default -> settings.rule();
        };
    }

    static String utility(BallotSettings settings) {
        return switch (settings.utility()) {
            case "approval" -> Translations.text("tally.utility.approval");
            case "cost" -> Translations.text("tally.utility.cost");
            case "points" -> Translations.text("tally.utility.points");
            default -> settings.utility();
        };
    }

    static String completion(BallotSettings settings) {
        return switch (settings.completion()) {
            case "none" -> Translations.text("tally.completion.none");
            case "add1" -> Translations.text("tally.completion.add1");
            case "add1-integral" -> Translations.text("tally.completion.add1Integral");
            case "then-greedy" -> Translations.text("tally.completion.thenGreedy");
            case "add1-then-greedy" -> Translations.text("tally.completion.add1ThenGreedy");
            case "budget-increase" -> Translations.text("tally.completion.budgetIncrease");
            default -> settings.completion();
        };
    }

    static String tieBreak(BallotSettings settings) {
        return switch (settings.tieBreak()) {
            case "lexicographic" -> Translations.text("tally.tieBreak.lexicographic");
            case "min-cost-max-votes" -> Translations.text("tally.tieBreak.minCostMaxVotes");
            default -> settings.tieBreak();
        };
    }

    /** One paragraph for residents. */
    static String explain(BallotSettings settings) {
        return switch (settings.rule()) {
            case "mes" -> Translations.text("tally.explain.mes", completion(settings));
            case "greedy" -> Translations.text("tally.explain.greedy");
            case "greedy-per-cost" -> Translations.text("tally.explain.greedyPerCost");
            default -> Translations.text("tally.explain.other", rule(settings));
        };
    }
}
