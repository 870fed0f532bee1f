package org.communityjourneys.demo.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the demo seeding asks of the running journeys (implemented by the engine adapter in
 * {@code workflow}): which task waits, and completing a task whose form is generated, as the
 * person signed in, through the same checks as the task screen.
 */
public interface JourneyTasks {

    /**
     * The id of the open task {@code taskKey} of the journey; with a grant, the one for that grant.
     * Empty while the process has not reached it.
     */
    Optional<String> openTask(UUID journeyId, String taskKey, UUID grantId);

    /** Completes a task with a generated form (e.g. the light-touch check) as the signed-in person. */
    void completeForm(String taskId, Map<String, Object> values);
}
