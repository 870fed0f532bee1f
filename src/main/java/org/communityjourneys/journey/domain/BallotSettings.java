package org.communityjourneys.journey.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityjourneys.journey.domain.LaunchProblem.Field;

/**
 * The ballot of a journey and how it is counted, chosen at launch. {@code minPicks}/{@code maxPicks}
 * bound the number of ideas chosen (for a ranked ballot {@code maxPicks} is the "top k");
 * {@code points} and {@code pointsCap} are used by cumulative ballots. The counting options are
 * the tally engine's option words (rule greedy | greedy-per-cost | mes, utility approval | cost |
 * points, completion none | add1 | ..., tie-break lexicographic | min-cost-max-votes).
 */
public record BallotSettings(BallotFormat format, int minPicks, int maxPicks, int points, int pointsCap,
        String rule, String utility, String completion, String tieBreak) {

    public static final Set<String> RULES = Set.of("greedy", "greedy-per-cost", "mes");
    public static final Set<String> UTILITIES = Set.of("approval", "cost", "points");
    public static final Set<String> COMPLETIONS = Set.of("none", "add1", "add1-integral", "then-greedy",
            "add1-then-greedy", "budget-increase");
    public static final Set<String> TIE_BREAKS = Set.of("lexicographic", "min-cost-max-votes");

    /** Approval, 1 to 3 picks; MES with cost utilities, Add1, lexicographic ties. */
    public static BallotSettings defaults() {
        return new BallotSettings(BallotFormat.APPROVAL, 1, 3, 10, 5, "mes", "cost", "add1", "lexicographic");
    }

    public BallotSettings withFormat(BallotFormat newFormat) {
        return new BallotSettings(newFormat, minPicks, maxPicks, points, pointsCap, rule, utility, completion, tieBreak);
    }

    public BallotSettings withPicks(int min, int max) {
        return new BallotSettings(format, min, max, points, pointsCap, rule, utility, completion, tieBreak);
    }

    public BallotSettings withPoints(int total, int cap) {
        return new BallotSettings(format, minPicks, maxPicks, total, cap, rule, utility, completion, tieBreak);
    }

    public BallotSettings withRule(String newRule) {
        return new BallotSettings(format, minPicks, maxPicks, points, pointsCap, newRule, utility, completion, tieBreak);
    }

    public BallotSettings withUtility(String newUtility) {
        return new BallotSettings(format, minPicks, maxPicks, points, pointsCap, rule, newUtility, completion, tieBreak);
    }

    /** Problems in plain words; empty when the settings can be used. */
    public List<String> problems() {
        return LaunchProblem.english(wordedProblems());
    }

    /** The same problems, each with the launch screen's field and its words for any language. */
    public List<LaunchProblem> wordedProblems() {
        List<LaunchProblem> problems = new ArrayList<>();
        if (format == null) {
            problems.add(LaunchProblem.of(Field.BALLOT_FORMAT, "launch.problem.ballotFormatMissing"));
        }
        if (minPicks < 0) {
            problems.add(LaunchProblem.of(Field.FEWEST_PICKS, "launch.problem.fewestPicksBelowZero"));
        }
        if (maxPicks < 1) {
            problems.add(LaunchProblem.of(Field.MOST_PICKS, "launch.problem.mostPicksBelowOne"));
        } else if (minPicks > maxPicks) {
            problems.add(LaunchProblem.of(Field.FEWEST_PICKS, "launch.problem.fewestAboveMost"));
        }
        if (format == BallotFormat.CUMULATIVE) {
            if (points < 1) {
                problems.add(LaunchProblem.of(Field.POINTS, "launch.problem.pointsBelowOne"));
            }
            if (pointsCap < 1 || pointsCap > points) {
                problems.add(LaunchProblem.of(Field.POINTS_CAP, "launch.problem.pointsCap"));
            }
        }
        if (!RULES.contains(rule)) {
            problems.add(LaunchProblem.of(Field.TALLY_RULE, "launch.problem.tallyRule"));
        }
        if (!UTILITIES.contains(utility)) {
            problems.add(LaunchProblem.of(Field.NONE, "launch.problem.tallyUtility"));
        } else if ("points".equals(utility) && format != BallotFormat.CUMULATIVE) {
            problems.add(LaunchProblem.of(Field.NONE, "launch.problem.pointsUtility"));
        }
        if (!COMPLETIONS.contains(completion)) {
            problems.add(LaunchProblem.of(Field.NONE, "launch.problem.tallyCompletion"));
        }
        if (!TIE_BREAKS.contains(tieBreak)) {
            problems.add(LaunchProblem.of(Field.NONE, "launch.problem.tieBreak"));
        }
        return problems;
    }
}
