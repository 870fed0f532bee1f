package org.communityjourneys.identity.domain;

/**
 * What the vote needs to know about an account to decide whether it may vote: read in one query,
 * without the roles or the password hash.
 */
public record VoterProfile(String username, boolean enabled, boolean verified, String wardCode, AgeBand ageBand) {
}
