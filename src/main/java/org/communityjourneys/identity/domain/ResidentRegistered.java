package org.communityjourneys.identity.domain;

import java.util.UUID;

/** Someone registered as a resident; their ward is not yet verified. */
public record ResidentRegistered(UUID accountId, String wardCode, boolean wardFromPostcode) {
}
