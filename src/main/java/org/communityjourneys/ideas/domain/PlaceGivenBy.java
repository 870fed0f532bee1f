package org.communityjourneys.ideas.domain;

/** How an idea's author said where it is about. */
public enum PlaceGivenBy {
    /** A postcode of the county: the idea sits at the postcode's grid reference. */
    POSTCODE("placed by a postcode"),
    /** A point the author clicked (or tapped) on the ward map. */
    MAP("placed on the map");

    private final String words;

    PlaceGivenBy(String words) {
        this.words = words;
    }

    /** How the place was given, as the list beside a map says it. */
    public String words() {
        return words;
    }
}
