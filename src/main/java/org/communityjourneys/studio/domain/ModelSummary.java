package org.communityjourneys.studio.domain;

import java.util.List;

/** A process, decision or form with all its versions, newest first. */
public record ModelSummary(ModelKind kind, String key, String name, List<ModelVersion> versions) {

    public ModelVersion latest() {
        return versions.get(0);
    }
}
