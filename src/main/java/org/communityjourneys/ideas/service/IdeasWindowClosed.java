package org.communityjourneys.ideas.service;

import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/** Ideas can only be added or changed while the journey's ideas window is open. */
public class IdeasWindowClosed extends IllegalStateException implements Worded {

    private static final String KEY = "ideas.refused.windowClosed";

    public IdeasWindowClosed() {
        super(MessageBundles.english(KEY));
    }

    @Override
    public String messageKey() {
        return KEY;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[0];
    }
}
