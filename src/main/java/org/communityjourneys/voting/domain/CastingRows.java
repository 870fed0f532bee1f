package org.communityjourneys.voting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The two statements every ballot runs, written with plain JDBC ({@link CastingRowsImpl}) in the
 * ballot's transaction: the query-method machinery around a native query had cost more than the
 * statements themselves. Part of {@link VoteParticipationRepository}.
 */
public interface CastingRows {

    /** Whether the journey's vote is open and whether the resident (or their former self) has voted. */
    record CastingState(boolean open, boolean pastClose, boolean voted) {
    }

    /**
     * Is the window open, and is there a participation row for the resident or for their former
     * self (a voter who deleted their account and came back, under the keyed marker or the plain
     * SHA-256 one written before markers were keyed)? Null when the vote never opened. It holds the
     * window's row shared until the transaction ends, so a vote cannot close (and mix its sealed
     * ballots) while a ballot is being cast in it; a cast that waited for a closing sees the closed
     * window. The vote is open only while the database's own clock is before the window's closing
     * time: nodes whose clocks differ agree, and a ballot that arrives after the close is refused
     * even before the process's timer has closed the window. {@code pastClose} says the closing
     * time has come (whatever a node's clock says).
     */
    CastingState castingState(UUID journeyId, String resident, String formerVoter, String legacyFormerVoter);

    /**
     * Records that a resident voted; returns 0 (and changes nothing) when the resident has voted
     * already or the paper ballot number was used already. A concurrent insert for the same
     * resident waits for the other transaction and then counts as "already there". Changes the
     * transaction has made to entities are written first.
     */
    int record(UUID journeyId, String resident, String channel, String paperNumber, String enteredBy, Instant castAt);
}
