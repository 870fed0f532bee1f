package org.communityjourneys.voting.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A paper ballot as it was entered, for the facilitator who checks it against the paper: its
 * number, who entered it and when, and the choices entered (empty when the entry was made before
 * entries could be looked up). Never the person it was entered for.
 */
public record PaperEntry(String paperNumber, String enteredBy, Instant enteredAt, Optional<BallotChoice> choice) {
}
