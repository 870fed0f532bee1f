package org.communityjourneys.studio.service;

import java.util.List;
import org.communityjourneys.studio.domain.JourneysMigrated;
import org.communityjourneys.studio.domain.MigrationPreview;
import org.communityjourneys.studio.domain.MigrationReport;

/**
 * Moves running journeys (or any process instances) from an older process version to a newer
 * one: a preview that changes nothing and says which instances can move and why the others
 * cannot, then the migration, each instance on its own. For governance leads only. A port: the
 * engine adapter ({@code workflow}) implements it with the engine's migration plans.
 */
public interface JourneyMigration {

    /**
     * The plan from the source to the target version for the chosen instances (all instances on
     * the source version when the list is empty). Nothing changes.
     */
    MigrationPreview preview(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds);

    /**
     * Migrates the chosen instances that can be mapped; the others are listed and left as they
     * are. Publishes {@link JourneysMigrated}.
     */
    MigrationReport migrate(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds);
}
