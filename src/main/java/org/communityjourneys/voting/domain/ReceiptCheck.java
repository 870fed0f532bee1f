package org.communityjourneys.voting.domain;

/**
 * What a receipt code tells about its ballot: whether it is in the ballot box and whether it is in
 * the published, counted set. Never what the ballot chose (so a receipt cannot prove a vote to
 * someone else; see docs/ballot-secrecy.md).
 */
public enum ReceiptCheck {
    /** No ballot of this vote has the code. */
    NOT_FOUND(false, false),
    /** The vote is open: the ballot is stored sealed and is counted when the vote closes. */
    SEALED(false, false),
    /** The vote has closed: the ballot is among the mixed ballots being counted and certified. */
    IN_BALLOT_BOX(false, false),
    /** The result is certified: the ballot is in the published ballots and was counted. */
    PUBLISHED_AND_COUNTED(true, true);

    private final boolean published;
    private final boolean counted;

    ReceiptCheck(boolean published, boolean counted) {
        this.published = published;
        this.counted = counted;
    }

    public boolean found() {
        return this != NOT_FOUND;
    }

    public boolean published() {
        return published;
    }

    public boolean counted() {
        return counted;
    }
}
