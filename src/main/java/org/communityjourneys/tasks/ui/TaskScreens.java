package org.communityjourneys.tasks.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.communityjourneys.tasks.service.DedicatedScreens;
import org.springframework.stereotype.Component;

/**
 * The dedicated screens a task can name with {@code camunda:formKey="screen:<name>"}, and where
 * each lives. {@code {journeyId}} and {@code {taskId}} in a location are filled in; the task id is
 * also passed as the query parameter {@code task} so the screen can complete the task. Any other
 * {@code {name}} is filled from the task's process variable of that name (e.g. {@code {grantId}}).
 * Add a line here when a new screen exists.
 */
@Component
public class TaskScreens implements DedicatedScreens {

    private final Map<String, String> locations = new TreeMap<>(Map.of(
            "board-referral", "grants/{grantId}/board",
            "certify", "journeys/{journeyId}/certify",
            "grant-application", "grants/{grantId}/application",
            "panel-chair", "grants/{grantId}/chair",
            "panel-review", "grants/{grantId}/panel",
            "launch-journey", "journeys/launch",
            "learning-report", "learning-reports/{taskId}",
            "review-learning-report", "learning-reviews/{taskId}",
            "shortlist", "journeys/{journeyId}/shortlist",
            "showcase", "journeys/{journeyId}/showcase"));

    {
        locations.put("grant-payment", "grants/{grantId}/payment");
    }

    @Override
    public Set<String> names() {
        return locations.keySet();
    }

    public boolean knows(String screen) {
        return screen != null && locations.containsKey(screen);
    }

    /** The location of the screen for this task, or empty when no such screen exists. */
    public Optional<String> locationFor(String screen, String journeyId, String taskId) {
        return locationFor(screen, journeyId, taskId, Map.of());
    }

    /** The same, filling other {@code {name}} parts from the task's variables; empty when one is missing. */
    public Optional<String> locationFor(String screen, String journeyId, String taskId, Map<String, ?> variables) {
        if (!knows(screen)) {
            return Optional.empty();
        }
        String location = locations.get(screen);
        for (Map.Entry<String, ?> variable : variables.entrySet()) {
            String part = "{" + variable.getKey() + "}";
            if (variable.getValue() != null && !part.equals("{journeyId}") && !part.equals("{taskId}")) {
                location = location.replace(part, encode(variable.getValue().toString()));
            }
        }
        if (location.contains("{journeyId}")) {
            if (journeyId == null || journeyId.isBlank()) {
                return Optional.empty();
            }
            location = location.replace("{journeyId}", encode(journeyId));
        }
        if (taskId != null) {
            location = location.replace("{taskId}", encode(taskId)) + "?task=" + encode(taskId);
        }
        if (location.matches(".*\\{[A-Za-z]+}.*")) {
            return Optional.empty();
        }
        return Optional.of(location);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
