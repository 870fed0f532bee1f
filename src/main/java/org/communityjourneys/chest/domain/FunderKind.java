package org.communityjourneys.chest.domain;

/** Who gave the money in a fund. Stored by name in fund.funder_kind. */
public enum FunderKind {
    PUBLIC_HEALTH("Public health"),
    COMMUNITY_FOUNDATION("Community foundation"),
    BUSINESS("Business"),
    PHILANTHROPY("Philanthropy"),
    CROWD_FUNDING("Crowd-funding");

    private final String label;

    FunderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
