package org.communityjourneys.journey.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityjourneys.identity.domain.AgeBand;
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
