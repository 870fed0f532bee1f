package org.communityjourneys.chest.domain;

import java.util.UUID;

/** The applicant submitted (or corrected) a grant application on the application screen. */
public record GrantApplicationSubmitted(UUID grantId, UUID journeyId, long amountPence, String by) {
}
