package org.communityjourneys.tasks.domain;

/**
 * A person completed a human task of a journey. {@code journeyId} is the process instance's
 * business key (the journey id), or null for a task outside a journey.
 */
public record TaskCompleted(String taskId, String taskName, String journeyId, String username) {
}
