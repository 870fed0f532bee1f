package org.communityjourneys.workflow.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a deploy did: either it went live ({@code deploymentId} set, {@code versions} lists what
 * was deployed, e.g. "community-journey v3") or it waits for approval ({@code requestId} set).
 */
public record DeployOutcome(String deploymentId, UUID requestId, List<String> versions) {

    public boolean live() {
        return deploymentId != null;
    }

    public boolean pending() {
        return requestId != null;
    }
}
