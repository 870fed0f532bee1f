package org.communityjourneys.chest.domain;

/**
 * Kinds of ledger movement. Effect on a fund: a contribution adds to what is available; a
 * reservation moves money from available to reserved; a release moves it back; a payment moves it
 * from reserved to paid; a refund moves it from paid back to available. Three memo entries move
 * no money but record a journey grant's steps against its journey's reservation: a commitment
 * (approved), an agreement (the grant agreement accepted, the commitment binding) and a
 * decommitment (a committed grant withdrawn).
 */
public enum LedgerEntryKind {
    CONTRIBUTION, RESERVATION, RELEASE, PAYMENT, REFUND, COMMITMENT, AGREEMENT, DECOMMITMENT;

    /** A memo of a grant's step: it moves no money. */
    public boolean isMemo() {
        return this == COMMITMENT || this == AGREEMENT || this == DECOMMITMENT;
    }
}
