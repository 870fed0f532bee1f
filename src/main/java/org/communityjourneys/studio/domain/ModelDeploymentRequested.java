package org.communityjourneys.studio.domain;

import java.util.List;
import java.util.UUID;

/** A governance lead asked to deploy models; a second governance lead must approve (four-eyes). */
public record ModelDeploymentRequested(UUID requestId, String requestedBy, String comment, List<String> files) {
}
