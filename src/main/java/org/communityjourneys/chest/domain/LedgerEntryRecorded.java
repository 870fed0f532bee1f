package org.communityjourneys.chest.domain;

import java.util.UUID;

/** A movement of money was written to the chest ledger (published in the same transaction). */
public record LedgerEntryRecorded(long entryId, UUID fundId, LedgerEntryKind kind, long amountPence, UUID journeyId,
        UUID grantId, String reference, String recordedBy) {
}
