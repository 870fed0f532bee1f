package org.communityjourneys.identity.domain;

import java.util.UUID;

/** A facilitator checked in person that a resident lives in their ward. */
public record ResidentVerified(UUID accountId, String wardCode, String verifiedBy, String note) {
}
