package org.communityjourneys.studio.domain;

import java.util.List;

/** What a migration did: the instances moved to the target version and those left as they are. */
public record MigrationReport(String sourceDefinitionId, String targetDefinitionId, List<String> migrated,
        List<MigrationPreview.InstancePlan> leftAsTheyAre) {
}
