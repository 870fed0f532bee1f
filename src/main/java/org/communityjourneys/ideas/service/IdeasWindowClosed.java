package org.communityjourneys.ideas.service;

/** Ideas can only be added or changed while the journey's ideas window is open. */
public class IdeasWindowClosed extends IllegalStateException {

    public IdeasWindowClosed() {
        super("The ideas window for this journey is closed: no ideas can be added or changed.");
    }
}
