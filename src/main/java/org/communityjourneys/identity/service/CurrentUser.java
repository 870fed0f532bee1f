package org.communityjourneys.identity.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.identity.domain.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, in terms of the product's roles. */
@Component
public class CurrentUser {

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    public String require() {
        return username().orElseThrow(() -> AccessDeniedToRole.worded("identity.access.logInFirst"));
    }

    public Set<Role> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null) {
            return roles;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /**
     * For the service methods that are told who acts (the author of an idea, the voter, the
     * facilitator entering a paper ballot): a signed-in person may act only as themselves and only
     * in one of the roles; a visitor who is not signed in is refused. When the security context
     * holds nobody at all, the caller is the application itself (the engine's job executor, the
     * demo seeding at start-up), never a person: every web request carries at least an anonymous
     * authentication.
     */
    public void requireActingAs(String actor, Role... allowed) {
        if (isTheApplicationItself()) {
            return;
        }
        String me = require();
        if (allowed.length > 0) {
            requireAnyOf(allowed);
        }
        if (!me.equals(actor)) {
            throw AccessDeniedToRole.worded("identity.access.onlyAsYourself");
        }
    }

    /**
     * As {@link #requireActingAs(String, Role...)}, for the methods that are told the actor's roles as
     * well (the task inbox, the start forms): the roles claimed must be the signed-in person's own.
     */
    public void requireActingAs(String actor, Set<Role> claimedRoles) {
        requireActingAs(actor);
        if (!isTheApplicationItself() && claimedRoles != null && !roles().containsAll(claimedRoles)) {
            throw AccessDeniedToRole.worded("identity.access.onlyYourRoles");
        }
    }

    private static boolean isTheApplicationItself() {
        return SecurityContextHolder.getContext().getAuthentication() == null;
    }

    /** Throws unless the current user holds one of the roles. */
    public void requireAnyOf(Role... allowed) {
        Set<Role> mine = roles();
        for (Role role : allowed) {
            if (mine.contains(role)) {
                return;
            }
        }
        throw AccessDeniedToRole.worded("identity.access.needsRole", java.util.Arrays.toString(allowed));
    }
}
