package org.communityjourneys.identity.service;

import java.util.Set;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.VoterProfile;

/**
 * An account as read when a request signs in with an API token: whether it is switched on, its
 * roles now, and the facts that decide whether it may vote, all in one query
 * ({@link AccountService#tokenSignIn}). The token filter keeps it with the request's sign-in, and
 * {@link AccountService#voterProfile} answers from it for that request instead of reading the
 * account a second time. Only this package makes one, so a sign-in that carries it was read for
 * the request it belongs to.
 */
public final class TokenSignIn {

    private final VoterProfile voter;
    private final Set<Role> roles;

    TokenSignIn(VoterProfile voter, Set<Role> roles) {
        this.voter = voter;
        this.roles = Set.copyOf(roles);
    }

    public String username() {
        return voter.username();
    }

    public boolean enabled() {
        return voter.enabled();
    }

    public Set<Role> roles() {
        return roles;
    }

    VoterProfile voter() {
        return voter;
    }
}
