package org.communityjourneys.identity.domain;

/** How a resident's ward was verified. */
public enum VerificationMethod {
    IN_PERSON("in person"),
    CODE("with a one-time code");

    private final String label;

    VerificationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
