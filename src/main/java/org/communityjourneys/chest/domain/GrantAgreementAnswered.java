package org.communityjourneys.chest.domain;

import java.util.UUID;

/**
 * The grant's holder accepted the grant agreement or withdrew; {@code onBehalfOf} names the holder
 * when a facilitator answered for them, and is null when the holder answered themselves.
 */
public record GrantAgreementAnswered(UUID grantId, UUID journeyId, boolean accepted, String by, String onBehalfOf) {
}
