package org.communityjourneys.studio.service;

import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.CurrentUser;
import org.springframework.stereotype.Component;

/** The studio is for governance leads only; every studio service asks here first. */
@Component
public class StudioAccess {

    public static final String REFUSED = "Only governance leads can use the governance studio.";

    private final CurrentUser currentUser;

    StudioAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The signed-in governance lead's username; throws for anyone else. */
    public String requireGovernanceLead() {
        String username = currentUser.require();
        if (!currentUser.hasRole(Role.GOVERNANCE)) {
            throw new AccessDeniedToRole(REFUSED);
        }
        return username;
    }
}
