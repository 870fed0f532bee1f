package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;

/**
 * Where a grant is in its life. A journey's grant: {@code OPEN} (opened for a winning idea) ->
 * {@code APPLIED} (the holder's application recorded) -> {@code ROUTED} (proportionate governance
 * chose the route) -> {@code APPROVED} or {@code DECLINED} (decided by the route's role) ->
 * {@code AGREED} or {@code WITHDRAWN} (the holder's answer to the agreement) -> {@code PART_PAID}
 * (one or more instalments, less than the approved amount) -> {@code PAID} (in full) ->
 * {@code REPORTED} (the learning report filed). A hub start-up or fast-track grant starts at
 * {@code APPLIED} and goes to {@code APPROVED} or {@code DECLINED}, then {@code PAID}, then
 * {@code REPORTED}. One lifecycle: the transitions are guarded on {@link Grant}, whose {@link GrantProgramme} says which apply.
 */
public enum GrantStatus {
    OPEN, APPLIED, ROUTED, APPROVED, DECLINED, AGREED, WITHDRAWN, PART_PAID, PAID, REPORTED;

    /** Paid in full, whether or not its learning report is in. */
    public boolean isPaid() {
        return this == PAID || this == REPORTED;
    }

    /** Declined or withdrawn: the grant will never be paid. */
    public boolean isClosedUnpaid() {
        return this == DECLINED || this == WITHDRAWN;
    }

    /** Some money has gone out: part paid or paid in full. */
    public boolean hasPayments() {
        return this == PART_PAID || isPaid();
    }

    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }

    /** {@link #label()} in each language ({@code chest.status.NAME}), as it reads after "the grant is". */
    public Wording wording() {
        return Wording.of("chest.status." + name());
    }
}
