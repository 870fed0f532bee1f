package org.communityjourneys.discussion.domain;

/** In whose voice a comment speaks, shown beside it: a resident, the idea's lead (or the project's group), a facilitator. */
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

    /** The label beside a comment on a funded project, where the lead is the project's group. */
    public String labelOnProject() {
        return this == LEAD ? "The project's group" : label;
    }
}
