package org.communityjourneys.voting.service;

/** The resident may not vote in this journey (not verified, another ward, another age band). */
public class NotEligibleToVote extends IllegalStateException {

    public NotEligibleToVote(String message) {
        super(message);
    }
}
