package org.communityjourneys.support;

import java.util.UUID;
import org.communityjourneys.voting.domain.PaperCheck;
import org.communityjourneys.voting.service.PaperEntryChecks;

/** The facilitator who did not enter the paper ballots, checking the sample before certification. */
public final class SecondFacilitator {

    public static final String USERNAME = "facilitator2";

    private SecondFacilitator() {
    }

    /** Confirms every sampled paper entry still waiting (they were entered by someone else). */
    public static void confirmsTheSample(PaperEntryChecks checks, UUID journeyId) {
        SignedIn.as(USERNAME, "FACILITATOR", () -> checks.sample(journeyId).stream().filter(PaperCheck::isWaiting)
                .forEach(check -> checks.confirm(journeyId, check.paperNumber(), USERNAME)));
    }
}
