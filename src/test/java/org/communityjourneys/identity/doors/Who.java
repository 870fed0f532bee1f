package org.communityjourneys.identity.doors;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.identity.domain.Role;

/** Who knocks at a door: someone not signed in, or a signed-in person with one of the brief's roles. */
enum Who {
    ANONYMOUS(null),
    RESIDENT(Role.RESIDENT),
    APPLICANT(Role.APPLICANT),
    FACILITATOR(Role.FACILITATOR),
    PANEL(Role.PANEL),
    GOVERNANCE(Role.GOVERNANCE),
    ADMIN(Role.ADMIN);

    /** Every signed-in role. */
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    /** Everyone, signed in or not. */
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    /** Nobody at all: the door is shut. */
    static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

    private final Role role;

    Who(Role role) {
        this.role = role;
    }

    Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** A demo account of the role, for doors that need a real login (real HTTP). */
    String demoUsername() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Set<Who> only(Who first, Who... rest) {
        return EnumSet.of(first, rest);
    }
}
