package org.communityjourneys.identity.domain;

/** The age band a resident gives when registering. */
public enum AgeBand {
    UNDER_16("Under 16"),
    AGE_16_17("16 to 17"),
    AGE_18_24("18 to 24"),
    AGE_25_44("25 to 44"),
    AGE_45_64("45 to 64"),
    AGE_65_PLUS("65 or over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
