package org.communityjourneys.discussion.domain;

/** In whose voice a comment speaks, shown beside it: a resident, the idea's lead, a facilitator. */
public enum Voice {
    RESIDENT("Resident"),
    LEAD("The idea's lead"),
    FACILITATOR("Facilitator");

    private final String label;

    Voice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
