package org.communityjourneys.voting.domain;

import java.time.Instant;

/** A paper entry taken out of the count: its number, who entered and who voided it, why and when. */
public record VoidedPaperEntry(String paperNumber, String enteredBy, String voidedBy, String reason, Instant voidedAt) {
}
