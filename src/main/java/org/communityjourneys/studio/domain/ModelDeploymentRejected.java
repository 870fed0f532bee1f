package org.communityjourneys.studio.domain;

import java.util.UUID;

/** A second governance lead rejected a deployment request; nothing went live. */
public record ModelDeploymentRejected(UUID requestId, String rejectedBy, String reason) {
}
