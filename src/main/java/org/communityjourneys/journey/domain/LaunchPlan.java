package org.communityjourneys.journey.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityjourneys.shared.domain.Theme;

/** What a facilitator asks for when launching a journey. */
public record LaunchPlan(String title, Set<String> wardCodes, Theme theme, long budgetPence,
        Instant ideasCloseAt, Instant voteOpensAt, Instant voteClosesAt, BallotSettings ballot) {

    /** A plan with the default ballot ({@link BallotSettings#defaults()}). */
    public LaunchPlan(String title, Set<String> wardCodes, Theme theme, long budgetPence,
            Instant ideasCloseAt, Instant voteOpensAt, Instant voteClosesAt) {
        this(title, wardCodes, theme, budgetPence, ideasCloseAt, voteOpensAt, voteClosesAt, BallotSettings.defaults());
    }

    public LaunchPlan withBallot(BallotSettings newBallot) {
        return new LaunchPlan(title, wardCodes, theme, budgetPence, ideasCloseAt, voteOpensAt, voteClosesAt, newBallot);
    }

    /** Problems in plain words, one per field; empty when the plan can be launched. */
    public List<String> problems(Instant now) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("Give the journey a title.");
        } else if (title.trim().length() > 200) {
            problems.add("Keep the title to 200 characters.");
        }
        if (wardCodes == null || wardCodes.isEmpty()) {
            problems.add("Choose at least one ward.");
        }
        if (theme == null) {
            problems.add("Choose a theme.");
        }
        if (budgetPence <= 0) {
            problems.add("The budget must be more than £0.");
        }
        if (ideasCloseAt == null || voteOpensAt == null || voteClosesAt == null) {
            problems.add("Set the ideas deadline, the vote opening and the vote closing.");
        } else {
            if (!ideasCloseAt.isAfter(now)) {
                problems.add("The ideas deadline must be in the future.");
            }
            if (voteOpensAt.isBefore(ideasCloseAt)) {
                problems.add("The vote cannot open before the ideas deadline.");
            }
            if (!voteClosesAt.isAfter(voteOpensAt)) {
                problems.add("The vote must close after it opens.");
            }
        }
        if (ballot == null) {
            problems.add("Choose a ballot format.");
        } else {
            problems.addAll(ballot.problems());
        }
        return problems;
    }
}
