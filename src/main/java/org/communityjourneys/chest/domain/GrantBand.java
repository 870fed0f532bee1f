package org.communityjourneys.chest.domain;

/** The grant bands a fund may allow, by amount asked (inclusive upper bounds, in pence). */
public enum GrantBand {
    UP_TO_1000("Up to £1,000", 1, 1_000_00L),
    FROM_1000_TO_20000("£1,000 to £20,000", 1_000_01L, 20_000_00L),
    OVER_20000("Over £20,000", 20_000_01L, Long.MAX_VALUE);

    private final String label;
    private final long fromPence;
    private final long toPence;

    GrantBand(String label, long fromPence, long toPence) {
        this.label = label;
        this.fromPence = fromPence;
        this.toPence = toPence;
    }

    public String label() {
        return label;
    }

    /** The largest amount in the band, in pence. */
    public long toPence() {
        return toPence;
    }

    public boolean contains(long pence) {
        return pence >= fromPence && pence <= toPence;
    }

    public static GrantBand of(long pence) {
        for (GrantBand band : values()) {
            if (band.contains(pence)) {
                return band;
            }
        }
        throw new IllegalArgumentException("An amount must be more than £0.");
    }
}
