package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;


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

    /**
     * "paid £4,000", "part paid £800 of £4,000" or "£4,000 agreed, not paid yet", in each language
     * ({@code chest.payment.*}): what the screens show.
     */
    public Wording wording() {
        if (paidInFull()) {
            return Wording.of("chest.payment.paid", new Wording.Pounds(paidPence));
        }
        if (paidPence > 0) {
            return Wording.of("chest.payment.partPaid", new Wording.Pounds(paidPence), new Wording.Pounds(approvedPence));
        }
        return Wording.of("chest.payment.agreed", new Wording.Pounds(approvedPence));
    }

    /** {@link #wording()} in English (UK): what the open data says. */
    public String text() {
        return wording().english();
    }
}
