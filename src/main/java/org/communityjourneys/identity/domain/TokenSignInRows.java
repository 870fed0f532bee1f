package org.communityjourneys.identity.domain;

import java.util.Optional;

/**
 * What a request signed in with an API token needs of its account, read with plain JDBC
 * ({@link TokenSignInRowsImpl}) because it runs for every ballot sent over the API. Part of
 * {@link UserAccountRepository}.
 */
public interface TokenSignInRows {

    /**
     * {@link UserAccountRepository#findVoterProfile}'s facts, whether the account is a paper record,
     * and its role names (comma-separated, null when it has none). No password hash.
     */
    record TokenSignInRow(String username, boolean enabled, boolean paperOnly, boolean verified, String wardCode,
            String ageBand, String twin, String roles) {
    }

    /** The account with this (normalised) username, in one query. */
    Optional<TokenSignInRow> findForTokenSignIn(String username);
}
