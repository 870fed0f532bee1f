package org.communityjourneys.journey.domain;

/** Where a journey is, in the words of the brief (section 3). */
public enum JourneyStage {
    LAUNCHED("Launched"),
    SHOWCASE("Ward showcase"),
    IDEAS("Ideas"),
    SHORTLIST("Shortlist"),
    VOTE_SCHEDULED("Vote scheduled"),
    VOTE("Participatory vote"),
    CERTIFICATION("Result certification"),
    FUNDING("Chest funding"),
    LEARNING("Learning review"),
    CLOSED("Closed"),
    NO_ELIGIBLE_IDEAS("Closed: no eligible ideas"),
    LAUNCH_REFUSED("Not launched: not enough left in the chest"),
    WITHDRAWN("Withdrawn");

    private final String label;

    JourneyStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOver() {
        return this == CLOSED || this == NO_ELIGIBLE_IDEAS || this == WITHDRAWN || this == LAUNCH_REFUSED;
    }
}
