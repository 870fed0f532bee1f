package org.communityjourneys.studio.domain;

import java.time.Instant;

/**
 * One deployed version of a model: who deployed it, when and why, and how many process instances
 * (journeys, grants) run on it. For a form, the instances running on process versions deployed
 * together with it.
 */
public record ModelVersion(ModelKind kind, String key, int version, String definitionId, String deploymentId,
        String resourceName, String deployedBy, Instant deployedAt, String comment, long runningInstances) {
}
