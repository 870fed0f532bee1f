package org.communityjourneys.identity.domain;

/**
 * The roles of the brief (section 2). The names double as Camunda candidate groups, so a BPMN
 * model says {@code camunda:candidateGroups="FACILITATOR"}.
 */
public enum Role {
    RESIDENT("Resident"),
    APPLICANT("Applicant"),
    FACILITATOR("Facilitator"),
    PANEL("Panel member"),
    GOVERNANCE("Governance lead"),
    ADMIN("Administrator");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String RESIDENT = "RESIDENT";
        public static final String APPLICANT = "APPLICANT";
        public static final String FACILITATOR = "FACILITATOR";
        public static final String PANEL = "PANEL";
        public static final String GOVERNANCE = "GOVERNANCE";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. ROLE_FACILITATOR. */
    public String authority() {
        return "ROLE_" + name();
    }
}
