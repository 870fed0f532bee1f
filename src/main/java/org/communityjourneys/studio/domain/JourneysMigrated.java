package org.communityjourneys.studio.domain;

import java.util.List;

/** Running instances were moved from one process version to another; some may have been left as they were. */
public record JourneysMigrated(String migratedBy, String sourceDefinitionId, String targetDefinitionId,
        List<String> migratedBusinessKeys, int leftAsTheyAre) {
}
