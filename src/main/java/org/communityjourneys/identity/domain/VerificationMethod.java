package org.communityjourneys.identity.domain;

/** How a resident's ward was verified. */
public enum VerificationMethod {
    IN_PERSON("in person"),
    CODE("with a one-time code"),
    /** A person without an account, met in person by the facilitator who entered their paper ballot. */
    PAPER_BALLOT("in person, with their paper ballot");

    private final String label;

    VerificationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
