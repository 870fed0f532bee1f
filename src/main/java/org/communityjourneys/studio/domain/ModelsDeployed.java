package org.communityjourneys.studio.domain;

import java.util.List;
import java.util.UUID;

/**
 * Models went live from the studio (also after an approval, and for a roll-back); {@code approvedBy}
 * is set when a second governance lead approved it.
 */
public record ModelsDeployed(String deploymentId, String deployedBy, String approvedBy, String comment,
        List<String> versions, UUID requestId) {
}
