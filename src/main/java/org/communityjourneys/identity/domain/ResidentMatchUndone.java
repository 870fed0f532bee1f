package org.communityjourneys.identity.domain;

import java.util.UUID;

/**
 * Staff found that an online account and the paper record it was matched to are two different
 * people (same name and postcode): each votes on their own from now on.
 */
public record ResidentMatchUndone(UUID accountId, UUID paperRecordId, String by, String note) {
}
