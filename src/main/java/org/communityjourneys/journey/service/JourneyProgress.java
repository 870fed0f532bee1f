package org.communityjourneys.journey.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a journey's process is: the diagram it follows, the steps already taken (who and when),
 * the step(s) it is at now and the tasks waiting for someone. Read from the engine's history.
 *
 * <p>{@link #shownToCurrentUser} is what the (signed-in, any role) journey page shows: staff
 * (facilitator, panel, governance, admin) see who did what by username; residents and applicants
 * see roles ("a facilitator", "a panel member"), never a username, which for residents is their
 * e-mail address. Incidents (raw engine messages) are shown to governance leads and administrators
 * only. {@link #of} is the unfiltered read for the product's own use and tests. A port: the engine
 * adapter ({@code workflow}) reads it from Camunda.
 */
public interface JourneyProgress {

    /** The progress of the journey's newest process instance; empty when it has none. */
    Optional<Progress> of(UUID journeyId);

    /**
     * {@link #of}, decided field by field for the signed-in person: names for staff, roles for
     * everyone else; incidents for governance leads and administrators only.
     */
    Optional<Progress> shownToCurrentUser(UUID journeyId);

    /** A person as the signed-in viewer may see them: the username for staff, the role for others. */
    String personShownToCurrentUser(String username);

    /** A journey's process as it stands. Ids are BPMN element ids, for highlighting the diagram. */
    record Progress(String processInstanceId, String processDefinitionId, String processName,
            int processVersion, String bpmnXml, boolean ended, List<Step> completed, List<Step> active,
            List<String> activeElementIds, List<String> completedElementIds, List<OpenTask> openTasks,
            List<Trouble> troubles, List<Waiting> awaitedEvents) {
    }

    /** A deadline ({@code due} set) or a message the process waits for. */
    record Waiting(String elementId, String name, Instant due) {
    }

    /** An incident: a step that failed and waits for someone to look at it. */
    record Trouble(String elementId, String message, Instant since) {
    }

    /**
     * One step of the process: {@code who} is the facilitator who launched the journey for the
     * start, the assignee for a user task, and empty for steps the system took by itself.
     * {@code startedAt} is empty for a step that waits to begin.
     */
    record Step(String elementId, String name, String type, String who, Instant startedAt, Instant endedAt) {

        public Optional<String> whoIfKnown() {
            return Optional.ofNullable(who);
        }
    }

    /** A task waiting for a person: assigned to someone, or offered to candidate groups (role names). */
    record OpenTask(String taskId, String name, String elementId, String assignee,
            List<String> candidateGroups, Instant createdAt, Instant dueAt) {
    }
}
