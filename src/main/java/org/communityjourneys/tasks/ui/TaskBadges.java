package org.communityjourneys.tasks.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.Role;

/** How task dates, groups and the overdue badge are written on the task screens. */
final class TaskBadges {

    static final ZoneId LOCAL = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(LOCAL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(LOCAL);

    private TaskBadges() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A due date: the day, with the time when it is due today. */
    static String due(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        return org.communityjourneys.shared.domain.UkTime.sameDay(due, now)
                ? "today, " + org.communityjourneys.shared.domain.UkTime.clock(due) : DAY.format(due);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    static Span overdue() {
        Span badge = new Span("overdue");
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
                return role.label();
            }
        }
        return group;
    }
}
