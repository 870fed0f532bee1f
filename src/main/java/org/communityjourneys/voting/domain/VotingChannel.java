package org.communityjourneys.voting.domain;

/** How a resident voted: on the ballot screen, or on a paper ballot entered by a facilitator. */
public enum VotingChannel {
    ONLINE,
    PAPER
}
