package org.communityjourneys.identity.service;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused because the account or the client address failed too often. The login page
 * shows its message ("Too many attempts. Try again in N minutes.").
 */
public class TooManyLoginAttempts extends AuthenticationException {

    public TooManyLoginAttempts(TooManyAttempts cause) {
        super(cause.getMessage(), cause);
    }
}
