package org.communityjourneys.studio.domain;

import java.util.List;

/**
 * The migration plan from one process version to another (Camunda's mapping of equal
 * activities): which activities map, which cannot, and for each chosen instance whether it can
 * move and, if not, why.
 */
public record MigrationPreview(String sourceDefinitionId, String targetDefinitionId, List<String> mappedActivities,
        List<String> unmappedActivities, List<InstancePlan> instances) {

    /** One running instance: its business key (journey or grant id), where it waits, and whether it can move. */
    public record InstancePlan(String processInstanceId, String businessKey, List<String> activeActivities,
            boolean migratable, List<String> problems) {
    }

    public List<InstancePlan> migratable() {
        return instances.stream().filter(InstancePlan::migratable).toList();
    }

    public List<InstancePlan> notMigratable() {
        return instances.stream().filter(plan -> !plan.migratable()).toList();
    }
}
