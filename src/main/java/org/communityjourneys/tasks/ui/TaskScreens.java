package org.communityjourneys.tasks.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import com.vaadin.flow.router.Route;
import org.communityjourneys.shared.ui.TaskScreen;
import org.communityjourneys.tasks.service.DedicatedScreens;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The dedicated screens a task can name with {@code camunda:formKey="screen:<name>"}, and where
 * each lives: every view marked {@link TaskScreen}, at its {@code @Route} with each
 * {@code :parameter} written {@code {parameter}}. {@code {journeyId}} and {@code {taskId}} are
 * filled in; the task id is also passed as the query parameter {@code task} so the screen can
 * complete the task. Any other {@code {name}} is filled from the task's process variable of that
 * name (e.g. {@code {grantId}}). A new screen needs only its annotation.
 */
@Component
public class TaskScreens implements DedicatedScreens {

    private static final String VIEWS = "org.communityjourneys";

    private final Map<String, String> locations = findScreens();

    private static Map<String, String> findScreens() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(TaskScreen.class));
        Map<String, String> found = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(VIEWS)) {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), TaskScreens.class.getClassLoader());
            String name = view.getAnnotation(TaskScreen.class).value();
            Route route = view.getAnnotation(Route.class);
            if (route == null) {
                throw new IllegalStateException(view.getName() + " is a task screen without a @Route.");
            }
            String location = route.value().replaceAll(":([A-Za-z]+)", "{$1}");
            if (found.put(name, location) != null) {
                throw new IllegalStateException("Two views are the task screen " + name + ".");
            }
        }
        return found;
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
