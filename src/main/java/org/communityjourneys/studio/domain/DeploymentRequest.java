package org.communityjourneys.studio.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A deployment waiting for a second governance lead (four-eyes setting), or decided: the files,
 * the comment, who asked and who approved or rejected it.
 */
public record DeploymentRequest(UUID id, String requestedBy, Instant requestedAt, String comment, List<ModelFile> files,
        Status status, String decidedBy, Instant decidedAt, String decisionNote, String deploymentId) {

    /** Where a request stands. */
    public enum Status {
        PENDING, APPROVED, REJECTED
    }
}
