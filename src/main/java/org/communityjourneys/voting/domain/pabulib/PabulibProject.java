package org.communityjourneys.voting.domain.pabulib;

import java.util.Map;

/** A row of the PROJECTS section: id, cost, name and every column as written. */
public record PabulibProject(String id, long cost, String name, Map<String, String> fields) {

    public PabulibProject {
        fields = Map.copyOf(fields);
    }
}
