package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Money;

/**
 * What has been paid of a grant's approved amount: the one wording every page and the open data
 * use, so the ward page, the project page and {@code /api/projects} never disagree.
 */
public record PaymentProgress(long paidPence, long approvedPence) {

    public long leftPence() {
        return Math.max(0, approvedPence - paidPence);
    }

    public boolean paidInFull() {
        return paidPence > 0 && paidPence >= approvedPence;
    }

    public boolean partPaid() {
        return paidPence > 0 && paidPence < approvedPence;
    }

    /** "paid £4,000", "part paid £800 of £4,000" or "£4,000 agreed, not paid yet". */
    public String text() {
        if (paidInFull()) {
            return "paid " + Money.format(paidPence);
        }
        if (paidPence > 0) {
            return "part paid " + Money.format(paidPence) + " of " + Money.format(approvedPence);
        }
        return Money.format(approvedPence) + " agreed, not paid yet";
    }
}
