package org.communityjourneys.showcase.domain;

/** The kinds of community asset a showcase conversation maps. */
public enum AssetKind {
    PLACE("Place", "Places"),
    GROUP("Group", "Groups"),
    SKILL("Skill", "Skills"),
    SERVICE("Service", "Services");

    private final String label;
    private final String plural;

    AssetKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }
}
