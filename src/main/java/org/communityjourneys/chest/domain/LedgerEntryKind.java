package org.communityjourneys.chest.domain;

/**
 * Kinds of ledger movement. Effect on a fund: a contribution adds to what is available; a
 * reservation moves money from available to reserved; a release moves it back; a payment moves it
 * from reserved to paid; a refund moves it from paid back to available.
 */
public enum LedgerEntryKind {
    CONTRIBUTION, RESERVATION, RELEASE, PAYMENT, REFUND
}
