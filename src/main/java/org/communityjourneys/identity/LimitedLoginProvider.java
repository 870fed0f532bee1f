package org.communityjourneys.identity;

import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.AttemptLimits;
import org.communityjourneys.identity.service.TooManyAttempts;
import org.communityjourneys.identity.service.TooManyLoginAttempts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username-and-password login (the login page and HTTP Basic) with limits on failures: an account
 * or a client address that failed too often is refused before its password is even checked. Only
 * failures count; a successful login clears the account's failures (not the address's). Both
 * limits are read in one query, and the login of an account without failures writes nothing.
 *
 * <p>The client address is {@code request.getRemoteAddr()}. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} (or {@code framework}) so that it is the real
 * client's address rather than the proxy's.
 */
class LimitedLoginProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final AttemptLimits limits;

    LimitedLoginProvider(AuthenticationProvider passwords, AttemptLimits limits) {
        this.passwords = passwords;
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = UserAccount.normalise(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        boolean accountHasFailures;
        try {
            accountHasFailures = limits.checkAndTellIfAccountHasAttempts(LimitedAction.LOGIN, account, address);
        } catch (TooManyAttempts tooMany) {
            throw new TooManyLoginAttempts(tooMany);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            limits.record(LimitedAction.LOGIN, account, address);
            try {
                limits.check(LimitedAction.LOGIN, account, address);
            } catch (TooManyAttempts tooMany) {
                throw new TooManyLoginAttempts(tooMany);
            }
            throw wrong;
        }
        if (result != null && accountHasFailures) {
            limits.forgetAccount(LimitedAction.LOGIN, account);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
