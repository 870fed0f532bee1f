package org.communityjourneys.voting.service;

import org.communityjourneys.shared.domain.Refused;

/**
 * The resident may not vote in this journey (not verified, another ward, another age band): a
 * refusal worded by its key in the voting bundle, in English as its message.
 */
public class NotEligibleToVote extends Refused.State {

    public NotEligibleToVote(String key, Object... arguments) {
        super(key, arguments);
    }
}
