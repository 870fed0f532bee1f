package org.communityjourneys.voting.domain;

import java.time.Instant;

/**
 * One paper entry of the sample drawn when the vote closed: waiting for a check, or checked
 * (it matches the paper, or it was voided) by a facilitator who did not enter it.
 */
public record PaperCheck(String paperNumber, String enteredBy, Outcome outcome, String checkedBy, Instant checkedAt) {

    public enum Outcome {
        WAITING,
        MATCHES,
        VOIDED
    }

    public boolean isWaiting() {
        return outcome == Outcome.WAITING;
    }
}
