package org.communityjourneys.voting.domain;

import org.communityjourneys.shared.domain.Wording;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.journey.domain.BallotSettings;

/**
 * A counted vote as people read it: each idea's votes, cost and whether it is funded (and why not),
 * the budget and what the funded ideas use, who voted how, and the rule.
 */
public record VoteReport(UUID journeyId, String journeyTitle, long budgetPence, BallotSettings settings,
        List<Line> lines, long onlineVoters, long paperVoters, long ballotsStored,
        String certifiedBy, Instant certifiedAt, Instant publishedAt) {

    /** One idea's line; {@code whyNotFunded} (worded in each reader's language) is null for a funded idea. */
    public record Line(UUID ideaId, String title, int votes, long costPence, boolean funded, int position,
            Wording whyNotFunded) {
    }

    public long usedPence() {
        return lines.stream().filter(Line::funded).mapToLong(Line::costPence).sum();
    }

    public long leftPence() {
        return budgetPence - usedPence();
    }

    public long turnout() {
        return onlineVoters + paperVoters;
    }

    public List<Line> funded() {
        return lines.stream().filter(Line::funded).toList();
    }

    public int mostVotes() {
        return lines.stream().mapToInt(Line::votes).max().orElse(0);
    }
}
