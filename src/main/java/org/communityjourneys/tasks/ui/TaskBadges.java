package org.communityjourneys.tasks.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/**
 * How task dates, groups and the overdue badge are written on the task screens, in the current
 * UI's language (UK time, British order; month names from the locale).
 */
final class TaskBadges {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(UkTime.ZONE);

    private TaskBadges() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.withLocale(Translations.current()).format(instant);
    }

    /** A due date: the day, with the time when it is due today. */
    static String due(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        return UkTime.sameDay(due, now) ? Translations.text("tasks.dueToday", UkTime.clock(due)) : day(due);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : Moments.moment(instant);
    }

    static Span overdue() {
        Span badge = new Span(Translations.text("tasks.overdue"));
        badge.getElement().getThemeList().add("badge error small");
        badge.addClassName("overdue");
        return badge;
    }

    static String groups(List<String> candidateGroups) {
        return candidateGroups.stream().map(TaskBadges::roleLabel).collect(Collectors.joining(", "));
    }

    private static String roleLabel(String group) {
        for (Role role : Role.values()) {
            if (role.name().equals(group)) {
                return Translations.label("role", role, role.label());
            }
        }
        return group;
    }
}
