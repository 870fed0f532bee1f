package org.communityjourneys.voting.domain;

import java.util.UUID;

/**
 * A paper entry was taken out of the count by a facilitator who did not enter it, with the reason;
 * {@code enteredAgainBy} names who entered the paper again as it reads (null when it was only
 * voided). Neither the person nor the choices are part of the fact.
 */
public record PaperEntryVoided(UUID journeyId, String paperNumber, String enteredBy, String voidedBy, String reason,
        String enteredAgainBy) {

    public boolean enteredAgain() {
        return enteredAgainBy != null;
    }
}
