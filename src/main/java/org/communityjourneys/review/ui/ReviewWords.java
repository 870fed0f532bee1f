package org.communityjourneys.review.ui;

import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.service.ThematicIntelligence.GroupBy;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.ui.Translations;

/**
 * The review screens' names for things, in the current UI's language: kinds of support, the three
 * connection questions, the dashboard's groupings, themes and populations.
 */
final class ReviewWords {

    private ReviewWords() {
    }

    static String kind(KindOfSupport kind) {
        return Translations.label("review.kind", kind, kind.label());
    }

    static String groupBy(GroupBy groupBy) {
        return Translations.label("review.groupBy", groupBy, groupBy.label());
    }

    static String theme(Theme theme) {
        return Translations.label("theme", theme, theme.label());
    }

    static String population(Population population) {
        return Translations.label("population", population, population.label());
    }

    /** One of the {@link ConnectionCounts} questions, as the participants are asked it. */
    static String question(String english) {
        String key = switch (english) {
            case ConnectionCounts.KNOW_NEIGHBOURS -> "review.connection.knowNeighbours";
            case ConnectionCounts.SOMEONE_TO_ASK -> "review.connection.someoneToAsk";
            case ConnectionCounts.FEEL_PART -> "review.connection.feelPart";
            default -> null;
        };
        return key == null ? english : Translations.text(key);
    }
}
