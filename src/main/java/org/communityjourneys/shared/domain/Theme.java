package org.communityjourneys.shared.domain;

/**
 * What a journey or an idea is about. The first two are the pilot's strategy priorities.
 */
public enum Theme {
    BEST_START_IN_LIFE("Best start in life (age 0-5)", true),
    MENTAL_WELLBEING("Good mental wellbeing throughout life", true),
    LONELINESS_AND_ISOLATION("Loneliness and isolation", false),
    HEALTHY_AGEING("Healthy ageing and dementia-friendly communities", false),
    YOUNG_PEOPLE("Young people, education and work", false),
    FOOD_AND_WARMTH("Food, warmth and cost of living", false),
    ACTIVE_AND_GREEN("Active lives and green spaces", false),
    OTHER("Other community priority", false);

    private final String label;
    private final boolean strategyPriority;

    Theme(String label, boolean strategyPriority) {
        this.label = label;
        this.strategyPriority = strategyPriority;
    }

    public String label() {
        return label;
    }

    public boolean isStrategyPriority() {
        return strategyPriority;
    }
}
