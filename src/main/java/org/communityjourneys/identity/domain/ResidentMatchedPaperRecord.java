package org.communityjourneys.identity.domain;

import java.util.UUID;

/**
 * Someone registered online with the name and postcode of a paper-only record: the same person,
 * so the two records count as one voter, and facilitators see the match.
 */
public record ResidentMatchedPaperRecord(UUID accountId, UUID paperRecordId, String wardCode) {
}
