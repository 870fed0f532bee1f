package org.communityjourneys.chest.domain;

/** Grants drawn straight from a fund, without a journey or a vote, and their ceilings in pence. */
public enum DirectGrantProgramme {
    HUB_STARTUP("Hub start-up grant", 2_500_00L),
    FAST_TRACK("Small-grants fast track", 1_000_00L);

    private final String label;
    private final long maxPence;

    DirectGrantProgramme(String label, long maxPence) {
        this.label = label;
        this.maxPence = maxPence;
    }

    public String label() {
        return label;
    }

    public long maxPence() {
        return maxPence;
    }
}
