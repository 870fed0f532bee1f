package org.communityjourneys.review.domain;

import org.communityjourneys.shared.domain.Wording;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityjourneys.shared.domain.Population;

/**
 * What the applicant tells on the one learning-report screen. Light-touch by design: a few
 * numbers, the spending, one story and three before/after counts.
 */
public record LearningReportAnswers(String whatHappened, int peopleReached, Map<Population, Integer> reach,
        int volunteers, int activities, int activitiesForChildren, int partnerOrganisations,
        Set<KindOfSupport> kindsOfSupport, List<SpendLine> spending, String overspendExplanation, String story,
        ConnectionCounts connection) {

    public static final int MAX_TEXT = 4000;

    public LearningReportAnswers {
        reach = reach == null ? Map.of() : Map.copyOf(reach);
        kindsOfSupport = kindsOfSupport == null ? Set.of() : Set.copyOf(kindsOfSupport);
        spending = spending == null ? List.of() : List.copyOf(spending);
        connection = connection == null ? ConnectionCounts.none() : connection;
    }

    /** An empty report, to start a draft from. */
    public static LearningReportAnswers empty() {
        return new LearningReportAnswers("", 0, Map.of(), 0, 0, 0, 0, Set.of(), List.of(), null, null,
                ConnectionCounts.none());
    }

    public long spentPence() {
        return spending.stream().mapToLong(SpendLine::spentPence).sum();
    }

    public boolean overspends(long grantPence) {
        return spentPence() > grantPence;
    }

    /** Everything that stops the report being filed against a grant of this amount, worded for people. */
    public List<Wording> problems(long grantPence) {
        List<Wording> problems = new ArrayList<>();
        if (whatHappened == null || whatHappened.isBlank()) {
            problems.add(Wording.of("review.problem.whatHappened"));
        } else if (whatHappened.length() > MAX_TEXT) {
            problems.add(Wording.of("review.problem.whatHappenedTooLong", String.valueOf(MAX_TEXT)));
        }
        if (story != null && story.length() > MAX_TEXT) {
            problems.add(Wording.of("review.problem.storyTooLong", String.valueOf(MAX_TEXT)));
        }
        if (peopleReached < 0 || volunteers < 0 || activities < 0 || activitiesForChildren < 0 || partnerOrganisations < 0
                || reach.values().stream().anyMatch(people -> people == null || people < 0)
                || connection.all().stream().anyMatch(count -> count < 0)) {
            problems.add(Wording.of("review.problem.negative"));
        }
        if (activitiesForChildren > activities) {
            problems.add(Wording.of("review.problem.childrenOverAll"));
        }
        for (int i = 0; i < spending.size(); i++) {
            SpendLine line = spending.get(i);
            if (line.line() == null || line.line().isBlank()) {
                problems.add(Wording.of("review.problem.spendLineWhat", String.valueOf(i + 1)));
            }
            if (line.spentPence() < 0) {
                problems.add(Wording.of("review.problem.spendLineNegative", String.valueOf(i + 1)));
            }
        }
        if (overspends(grantPence) && (overspendExplanation == null || overspendExplanation.isBlank())) {
            problems.add(Wording.of("review.problem.overspend", new Wording.Pounds(spentPence()),
                    new Wording.Pounds(grantPence)));
        }
        return problems;
    }

    /** The reach with every population listed, zero where none were reached. */
    public Map<Population, Integer> fullReach() {
        Map<Population, Integer> all = new EnumMap<>(Population.class);
        for (Population population : Population.values()) {
            all.put(population, reach.getOrDefault(population, 0));
        }
        return all;
    }

    public Set<KindOfSupport> kindsOfSupportSet() {
        return kindsOfSupport.isEmpty() ? EnumSet.noneOf(KindOfSupport.class) : EnumSet.copyOf(kindsOfSupport);
    }
}
