package org.communityjourneys.ideas.domain;

/** What became of an idea. */
public enum IdeaStatus {
    SUBMITTED("Submitted"),
    ELIGIBLE("Eligible"),
    INELIGIBLE("Not eligible"),
    SHORTLISTED("Shortlisted"),
    EXCLUDED("Not shortlisted"),
    WITHDRAWN("Withdrawn"),
    HIDDEN("Hidden by a facilitator"),
    MERGED("Merged into another idea");

    private final String label;

    IdeaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
