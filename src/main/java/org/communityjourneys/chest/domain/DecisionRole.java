package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.identity.domain.Role;

/**
 * The role in which a grant's approval or refusal is recorded, one per proportionate-governance
 * route: a facilitator's light-touch check, the panel chair after two panel members have scored,
 * a governance lead recording the board's decision.
 */
public enum DecisionRole {
    FACILITATOR("FACILITATOR_CHECK", Role.FACILITATOR, "a facilitator's light-touch check"),
    PANEL_CHAIR("PANEL_REVIEW", Role.PANEL, "the panel chair"),
    GOVERNANCE("BOARD_REFERRAL", Role.GOVERNANCE, "a governance lead for the board");

    private final String route;
    private final Role role;
    private final String label;

    DecisionRole(String route, Role role, String label) {
        this.route = route;
        this.role = role;
        this.label = label;
    }

    /** The role that decides a grant on this route; refused for a route the chest does not know. */
    public static DecisionRole forRoute(String route) {
        for (DecisionRole candidate : values()) {
            if (candidate.route.equals(route)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The chest knows no governance route \u201c" + route + "\u201d.");
    }

    public static boolean isKnownRoute(String route) {
        for (DecisionRole candidate : values()) {
            if (candidate.route.equals(route)) {
                return true;
            }
        }
        return false;
    }

    public String route() {
        return route;
    }

    /** The product role a person must hold to decide in this role. */
    public Role role() {
        return role;
    }

    public String label() {
        return label;
    }

    /** {@link #label()} in each language ({@code chest.decisionRole.NAME}). */
    public Wording wording() {
        return Wording.of("chest.decisionRole." + name());
    }
}
