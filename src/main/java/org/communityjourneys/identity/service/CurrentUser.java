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
        return username().orElseThrow(() -> new AccessDeniedToRole("You need to log in first."));
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

    /** Throws unless the current user holds one of the roles. */
    public void requireAnyOf(Role... allowed) {
        Set<Role> mine = roles();
        for (Role role : allowed) {
            if (mine.contains(role)) {
                return;
            }
        }
        throw new AccessDeniedToRole("This needs one of the roles " + java.util.Arrays.toString(allowed) + ".");
    }
}
