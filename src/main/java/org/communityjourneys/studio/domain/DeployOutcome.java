package org.communityjourneys.studio.domain;

import java.util.List;
import java.util.UUID;

/**
 * What a deploy did: either it went live ({@code deploymentId} set, {@code versions} lists what
 * was deployed, e.g. "community-journey v3") or it waits for approval ({@code requestId} set).
 * {@code unchanged} names the models handed in that were left out because they repeat their
 * newest version (e.g. "record-payment v2"), so no new version was made of them.
 */
public record DeployOutcome(String deploymentId, UUID requestId, List<String> versions, List<String> unchanged) {

    public DeployOutcome(String deploymentId, UUID requestId, List<String> versions) {
        this(deploymentId, requestId, versions, List.of());
    }

    public boolean live() {
        return deploymentId != null;
    }

    public boolean pending() {
        return requestId != null;
    }
}
