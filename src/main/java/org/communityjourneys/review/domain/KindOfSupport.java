package org.communityjourneys.review.domain;

/** The kinds of support a project gave, as the county's hub network reports count them. */
public enum KindOfSupport {
    SOCIAL_ACTIVITY("Social activity or group"),
    ADVICE_AND_INFORMATION("Advice and information"),
    FOOD("Food"),
    WARM_SPACE("Warm space"),
    PHYSICAL_ACTIVITY("Physical activity"),
    LEARNING_AND_SKILLS("Learning and skills"),
    BEFRIENDING("Befriending and peer support"),
    OTHER("Other support");

    private final String label;

    KindOfSupport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
