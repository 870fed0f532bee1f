package org.communityjourneys.voting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A facilitator moved the closing time of an open vote later. The workflow module moves the
 * journey's "Vote closes" timer in the same transaction; if it cannot, the extension is refused.
 */
public record VoteCloseExtended(UUID journeyId, Instant from, Instant to, String by) {
}
