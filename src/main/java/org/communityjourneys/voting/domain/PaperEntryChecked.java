package org.communityjourneys.voting.domain;

import java.util.UUID;

/** A facilitator who did not enter a sampled paper entry compared it with the paper: it matches. */
public record PaperEntryChecked(UUID journeyId, String paperNumber, String checkedBy) {
}
