package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;

/**
 * Where a grant comes from, which decides the steps of its one lifecycle ({@link Grant}): a
 * journey's grant is opened for a winning idea, routed by proportionate governance, agreed and
 * paid in instalments; a hub start-up or fast-track grant is claimed straight from one fund, up to
 * the programme's ceiling, checked by a facilitator (the light-touch route) and paid once.
 */
public enum GrantProgramme {
    JOURNEY("Community journey grant", Long.MAX_VALUE),
    HUB_STARTUP("Hub start-up grant", 2_500_00L),
    FAST_TRACK("Small-grants fast track", 1_000_00L);

    private final String label;
    private final long maxPence;

    GrantProgramme(String label, long maxPence) {
        this.label = label;
        this.maxPence = maxPence;
    }

    /** Claimed straight from a fund: no journey, no vote, no route to choose, no agreement, one payment. */
    public boolean isDrawnFromFund() {
        return this != JOURNEY;
    }

    public String label() {
        return label;
    }

    /** The programme's name inside a sentence ("hub start-up grant") in each language ({@code chest.programmeInSentence.NAME}). */
    public Wording wordingInSentence() {
        return Wording.of("chest.programmeInSentence." + name());
    }

    /** The largest claim the programme takes (a journey's grant is bounded by its vote instead). */
    public long maxPence() {
        return maxPence;
    }
}
