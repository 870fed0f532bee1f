package org.communityjourneys.identity.domain;

import java.util.UUID;

/**
 * A resident's ward was verified: a facilitator checked in person, or the resident entered a
 * one-time code a facilitator gave them ({@code verifiedBy} is then the facilitator who issued it).
 */
public record ResidentVerified(UUID accountId, String wardCode, String verifiedBy, String note, VerificationMethod method) {
}
