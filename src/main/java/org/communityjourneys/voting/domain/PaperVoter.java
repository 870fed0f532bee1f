package org.communityjourneys.voting.domain;

/**
 * A resident of a vote's wards as the paper ballot screen's search finds them: an online account or
 * a paper-only record, and whether they have voted in this journey already.
 */
public record PaperVoter(String username, String name, String postcode, boolean paperOnly, boolean voted) {

    /** How the search lists them: name, postcode, the kind of record and, if so, that they voted. */
    public String label() {
        return name + (postcode == null ? "" : ", " + postcode) + (paperOnly ? " (paper record)" : " (online account)")
                + (voted ? ": has voted" : "");
    }
}
