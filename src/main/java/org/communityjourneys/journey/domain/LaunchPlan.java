package org.communityjourneys.journey.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.journey.domain.LaunchProblem.Field;
import org.communityjourneys.shared.domain.Theme;

/**
 * What a facilitator asks for when launching a journey. {@code voterAgeBands} limits the vote to
 * residents in those age bands; empty (or null) lets every age vote.
 */
public record LaunchPlan(String title, Set<String> wardCodes, Theme theme, long budgetPence,
        Instant ideasCloseAt, Instant voteOpensAt, Instant voteClosesAt, BallotSettings ballot,
        Set<AgeBand> voterAgeBands) {

    public LaunchPlan {
        voterAgeBands = voterAgeBands == null ? Set.of() : Set.copyOf(voterAgeBands);
    }

    /** A plan whose vote is open to every age. */
    public LaunchPlan(String title, Set<String> wardCodes, Theme theme, long budgetPence,
            Instant ideasCloseAt, Instant voteOpensAt, Instant voteClosesAt, BallotSettings ballot) {
        this(title, wardCodes, theme, budgetPence, ideasCloseAt, voteOpensAt, voteClosesAt, ballot, Set.of());
    }

    /** A plan with the default ballot ({@link BallotSettings#defaults()}). */
    public LaunchPlan(String title, Set<String> wardCodes, Theme theme, long budgetPence,
            Instant ideasCloseAt, Instant voteOpensAt, Instant voteClosesAt) {
        this(title, wardCodes, theme, budgetPence, ideasCloseAt, voteOpensAt, voteClosesAt, BallotSettings.defaults());
    }

    public LaunchPlan withBallot(BallotSettings newBallot) {
        return new LaunchPlan(title, wardCodes, theme, budgetPence, ideasCloseAt, voteOpensAt, voteClosesAt, newBallot,
                voterAgeBands);
    }

    /** The same plan with the vote limited to these age bands (empty: every age). */
    public LaunchPlan withVoterAgeBands(Set<AgeBand> bands) {
        return new LaunchPlan(title, wardCodes, theme, budgetPence, ideasCloseAt, voteOpensAt, voteClosesAt, ballot, bands);
    }

    /** Problems in plain words, one per field; empty when the plan can be launched. */
    public List<String> problems(Instant now) {
        return LaunchProblem.english(wordedProblems(now));
    }

    /** The same problems, each with its field and its words for any language. */
    public List<LaunchProblem> wordedProblems(Instant now) {
        List<LaunchProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(LaunchProblem.of(Field.TITLE, "launch.problem.titleMissing"));
        } else if (title.trim().length() > 200) {
            problems.add(LaunchProblem.of(Field.TITLE, "launch.problem.titleTooLong"));
        }
        if (wardCodes == null || wardCodes.isEmpty()) {
            problems.add(LaunchProblem.of(Field.WARDS, "launch.problem.wardMissing"));
        }
        if (theme == null) {
            problems.add(LaunchProblem.of(Field.THEME, "launch.problem.themeMissing"));
        }
        if (budgetPence <= 0) {
            problems.add(LaunchProblem.of(Field.BUDGET, "launch.problem.budgetMissing"));
        }
        if (ideasCloseAt == null || voteOpensAt == null || voteClosesAt == null) {
            problems.add(LaunchProblem.of(Field.EMPTY_DATES, "launch.problem.datesMissing"));
        } else {
            if (!ideasCloseAt.isAfter(now)) {
                problems.add(LaunchProblem.of(Field.IDEAS_CLOSE, "launch.problem.ideasDeadlinePast"));
            }
            if (voteOpensAt.isBefore(ideasCloseAt)) {
                problems.add(LaunchProblem.of(Field.VOTE_OPENS, "launch.problem.voteOpensTooEarly"));
            }
            if (!voteClosesAt.isAfter(voteOpensAt)) {
                problems.add(LaunchProblem.of(Field.VOTE_CLOSES, "launch.problem.voteClosesTooEarly"));
            }
        }
        if (ballot == null) {
            problems.add(LaunchProblem.of(Field.BALLOT_FORMAT, "launch.problem.ballotFormatMissing"));
        } else {
            problems.addAll(ballot.wordedProblems());
        }
        return problems;
    }
}
