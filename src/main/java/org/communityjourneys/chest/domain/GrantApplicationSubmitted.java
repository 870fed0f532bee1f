package org.communityjourneys.chest.domain;

import java.util.UUID;

/**
 * The applicant submitted (or corrected) a grant application on the application screen;
 * {@code onBehalfOf} names the grant's holder when a facilitator sent it for them, else null.
 */
public record GrantApplicationSubmitted(UUID grantId, UUID journeyId, long amountPence, String by, String onBehalfOf) {
}
