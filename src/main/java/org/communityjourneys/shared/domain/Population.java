package org.communityjourneys.shared.domain;

/** Populations needing more community-led focus (brief, section 1). */
public enum Population {
    DEPRIVED_AREAS("People facing disadvantage in deprived areas"),
    YOUNG_PEOPLE_NEET("Young people not in education, employment or training"),
    FAMILIES_UNDER_FIVE_ACES("Families with children under 5 facing adverse childhood experiences"),
    LONELY_OR_ISOLATED("People who are lonely or isolated"),
    LIVING_WITH_DEMENTIA("People living with dementia"),
    GYPSY_ROMA_TRAVELLER("Gypsy, Roma and Traveller people"),
    LONG_TERM_SICKNESS("Adults off work with long-term sickness");

    private final String label;

    Population(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
