package org.communityjourneys.identity.domain;

import java.time.Instant;
import java.util.UUID;

/** A facilitator issued a one-time verification code for a resident (the code itself is not here). */
public record VerificationCodeIssued(UUID accountId, String issuedBy, Instant expiresAt) {
}
