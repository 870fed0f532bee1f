package org.communityjourneys.identity.service;

import org.springframework.security.access.AccessDeniedException;

/** A user tried something their role does not allow; the message is shown to them. */
public class AccessDeniedToRole extends AccessDeniedException {

    public AccessDeniedToRole(String message) {
        super(message);
    }
}
