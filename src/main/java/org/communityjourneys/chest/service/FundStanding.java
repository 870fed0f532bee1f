package org.communityjourneys.chest.service;

import java.time.LocalDate;
import org.communityjourneys.chest.domain.FundBalance;

/**
 * A fund as its dashboard card shows it: its balance, what of its reserved money is committed to
 * approved grants and not yet paid, and, once its distribution date has passed, what happens to
 * the money not spent (the escalation) instead of calling it available.
 *
 * @param committedUnpaidPence approved, agreed or part-paid grants' amounts less what was paid on them
 * @param grantsNotPaidInFull how many of those grants there are (after the date: escalated)
 */
public record FundStanding(FundBalance balance, String funder, LocalDate distributionDeadline, boolean pastDeadline,
        long committedUnpaidPence, int grantsNotPaidInFull) {

    /** Reserved for journeys and grants but not yet committed to an approved grant. */
    public long reservedUncommittedPence() {
        return Math.max(0, balance.reserved() - committedUnpaidPence);
    }
}
