package org.communityjourneys.identity.domain;

/**
 * What the vote needs to know about an account to decide whether it may vote: read in one query,
 * without the roles or the password hash. {@code twin} is the same person's other record (the
 * paper record an online account was matched to, or the online account matched to a paper record),
 * null when there is none: the two may not both vote.
 */
public record VoterProfile(String username, boolean enabled, boolean verified, String wardCode, AgeBand ageBand,
        String twin) {

    public VoterProfile(String username, boolean enabled, boolean verified, String wardCode, AgeBand ageBand) {
        this(username, enabled, verified, wardCode, ageBand, null);
    }
}
