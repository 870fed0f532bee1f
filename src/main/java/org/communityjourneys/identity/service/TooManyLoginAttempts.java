package org.communityjourneys.identity.service;

import org.communityjourneys.shared.domain.Worded;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused because the account or the client address failed too often. The login page
 * shows its message ("Too many attempts. Try again in N minutes.") in the reader's language.
 */
public class TooManyLoginAttempts extends AuthenticationException implements Worded {

    private final long minutes;

    public TooManyLoginAttempts(TooManyAttempts cause) {
        super(cause.getMessage(), cause);
        this.minutes = cause.minutes();
    }

    @Override
    public String messageKey() {
        return new TooManyAttempts(minutes).messageKey();
    }

    @Override
    public Object[] messageArguments() {
        return new TooManyAttempts(minutes).messageArguments();
    }
}
