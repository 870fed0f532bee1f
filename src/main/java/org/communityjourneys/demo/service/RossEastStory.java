package org.communityjourneys.demo.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityjourneys.chest.domain.ApplicationDraft;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.AssetNote;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.StoryNote;

/**
 * What the people of the finished demo journey say and ask for: the fourteen residents, the four
 * ideas with their applications and learning reports, the panel's scores and the two showcase
 * conversations. Fictional, written for the demo.
 */
final class RossEastStory {

    private RossEastStory() {
    }

    static final List<String> NAMES = List.of("Aisha Morgan", "Gwen Price", "Tom Baker", "Priya Shah", "Dafydd Lewis",
            "Sue Watkins", "Ben Hughes", "Marta Nowak", "Ian Powell", "Nia Jenkins", "Rob Evans", "Kate Griffiths",
            "Alan Pugh", "Jo Reynolds");

    static String resident(int number) {
        return String.format("ross%02d", number);
    }

    /** The ideas put forward, each by a resident who then holds its grant if it wins. */
    enum DemoIdea {
        LUNCH_CLUB("Tuesday lunch club at the community centre",
                "A hot two-course lunch every Tuesday for older neighbours who live alone, cooked by volunteers, with a lift for anyone who needs one.",
                95_000, Theme.LONELINESS_AND_ISOLATION, "Ross East Lunch Club", "ross01", "LUNCH", KindOfSupport.FOOD,
                Population.LONELY_OR_ISOLATED),
        WALKING_GROUP("Riverside walking group with trained walk leaders",
                "Weekly gentle walks along the Wye, led by four volunteers trained as walk leaders, ending with a cup of tea.",
                420_000, Theme.LONELINESS_AND_ISOLATION, "Wye Walkers", "ross02", "WALKS", KindOfSupport.PHYSICAL_ACTIVITY,
                Population.LONELY_OR_ISOLATED),
        TOOL_LIBRARY("A men's shed with a tool library",
                "A workshop where people can meet, mend and make, and borrow tools instead of buying them.",
                380_000, Theme.MENTAL_WELLBEING, "Ross Shed Group", "ross03", "SHED", KindOfSupport.SOCIAL_ACTIVITY,
                Population.LONG_TERM_SICKNESS),
        FILM_AFTERNOONS("Friday film afternoons",
                "A film and a natter once a month in the church hall, with a projector and screen the hall can keep.",
                180_000, Theme.LONELINESS_AND_ISOLATION, "St Mary's Hall Friends", "ross04", "FILM",
                KindOfSupport.SOCIAL_ACTIVITY, Population.LONELY_OR_ISOLATED);

        final String title;
        final String description;
        final long costPence;
        final Theme theme;
        final String group;
        final String author;
        final String reference;
        final KindOfSupport support;
        final Population population;

        DemoIdea(String title, String description, long costPence, Theme theme, String group, String author,
                String reference, KindOfSupport support, Population population) {
            this.title = title;
            this.description = description;
            this.costPence = costPence;
            this.theme = theme;
            this.group = group;
            this.author = author;
            this.reference = reference;
            this.support = support;
            this.population = population;
        }

        static DemoIdea byTitle(String title) {
            for (DemoIdea idea : values()) {
                if (idea.title.equals(title)) {
                    return idea;
                }
            }
            throw new IllegalStateException("No demo idea is called " + title);
        }

        String contact() {
            return reference.toLowerCase(java.util.Locale.ROOT) + "@example.org";
        }

        IdeaDraft draft() {
            return new IdeaDraft(title, description, costPence, theme, FinishedDemoJourney.WARD, group, contact(), Set.of(population));
        }

        ApplicationDraft application() {
            long half = costPence / 2;
            return new ApplicationDraft(group, contact(), costPence, description, "30-94-57", "12345678",
                    List.of(new ApplicationDraft.BudgetLineDraft("Running costs for a year", half),
                            new ApplicationDraft.BudgetLineDraft("Equipment", costPence - half)),
                    false, null, false, answers());
        }

        Map<FundingPrinciple, String> answers() {
            Map<FundingPrinciple, String> answers = new EnumMap<>(FundingPrinciple.class);
            for (FundingPrinciple principle : FundingPrinciple.values()) {
                answers.put(principle, "Residents asked for this at the showcase, and " + group
                        + " will run it with volunteers who live here (" + principle.label().toLowerCase(java.util.Locale.ROOT) + ").");
            }
            return answers;
        }

        LearningReportAnswers report() {
            return new LearningReportAnswers("It ran every week from the first month; new people came through word of mouth.",
                    46, Map.of(population, 31), 7, 24, 0, 2, Set.of(support, KindOfSupport.BEFRIENDING),
                    List.of(new SpendLine("Running costs", costPence - costPence / 3), new SpendLine("Equipment", costPence / 3)),
                    null, "A neighbour who had not been out since her husband died now helps set up each week.",
                    new ConnectionCounts(12, 30, 9, 26, 10, 28));
        }
    }

    static Map<FundingPrinciple, Integer> scores(int value) {
        Map<FundingPrinciple, Integer> scores = new EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            scores.put(principle, value);
        }
        return scores;
    }

    static Map<FundingPrinciple, String> comments(DemoIdea idea) {
        Map<FundingPrinciple, String> comments = new EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            comments.put(principle, idea.group + " answers this well.");
        }
        return comments;
    }

    static ConversationRecord conversationAtTheLibrary() {
        return new ConversationRecord(LocalDate.now().minusDays(20), "Ross library", 22,
                List.of(new AssetNote(AssetKind.PLACE, "The community centre kitchen, free on Tuesdays", null),
                        new AssetNote(AssetKind.GROUP, "Retired cooks who would volunteer", null)),
                List.of("Two drivers offered lifts to a weekly lunch"),
                List.of(new NeedNote("Older people living alone eat alone most days",
                        Set.of(Theme.LONELINESS_AND_ISOLATION, Theme.HEALTHY_AGEING), Set.of(Population.LONELY_OR_ISOLATED))),
                List.of(StoryNote.text("\u201cSome weeks the only person I talk to is the postman.\u201d")));
    }

    static ConversationRecord conversationAtTheMarketHouse() {
        return new ConversationRecord(LocalDate.now().minusDays(18), "The Market House", 15,
                List.of(new AssetNote(AssetKind.PLACE, "The riverside path along the Wye", null),
                        new AssetNote(AssetKind.SKILL, "A retired nurse who leads walks", null)),
                List.of("A walk leader would train others"),
                List.of(new NeedNote("Somewhere to get out and meet people that costs nothing",
                        Set.of(Theme.ACTIVE_AND_GREEN, Theme.MENTAL_WELLBEING), Set.of(Population.LONELY_OR_ISOLATED))),
                List.of(StoryNote.text("Men said they would come to something practical, not to a coffee morning.")));
    }

}
