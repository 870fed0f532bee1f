package org.communityjourneys.voting.service;

import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * The resident may not vote in this journey (not verified, another ward, another age band): worded
 * by its key in the voting bundle, in English as its message.
 */
public class NotEligibleToVote extends IllegalStateException implements Worded {

    private final String key;
    private final transient Object[] arguments;

    public NotEligibleToVote(String key, Object... arguments) {
        super(MessageBundles.english(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }
}
