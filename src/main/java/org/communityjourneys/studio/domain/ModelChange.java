package org.communityjourneys.studio.domain;

import java.util.List;

/**
 * One difference between a draft and a deployed version: the element, its name and type, and
 * whether it was added, removed or changed (with the attributes or parts that changed), or only
 * drawn differently ({@link Change#LAYOUT}: moved or resized in the diagram, no change to what runs).
 */
public record ModelChange(String elementId, String name, String type, Change change, List<String> changedAttributes) {

    /** The kind of difference. */
    public enum Change {
        ADDED, REMOVED, CHANGED, LAYOUT
    }
}
