package org.communityjourneys.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How moments are written for people: in the county's time, British order. A deadline always
 * carries its time, so "closes today" never leaves a resident guessing until when.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(ZONE);

    private UkTime() {
    }

    /** "17:00 on 2 December 2026". */
    public static String deadline(Instant at) {
        return CLOCK.format(at) + " on " + DAY.format(at);
    }

    /** "17:00 today" when {@code at} falls on the same UK day as {@code now}, otherwise as {@link #deadline(Instant)}. */
    public static String deadline(Instant at, Instant now) {
        return sameDay(at, now) ? CLOCK.format(at) + " today" : deadline(at);
    }

    /** "2 Dec 2026, 17:00": a moment in a list of facts or steps. */
    public static String moment(Instant at) {
        return MOMENT.format(at);
    }

    /** " (planned 2 Dec 2026, 17:00)" when a stage moved a minute or more before or after its planned time, else "". */
    public static String plannedIfMoved(Instant actual, Instant planned) {
        return planned == null || Math.abs(java.time.Duration.between(actual, planned).toMinutes()) < 1 ? ""
                : " (planned " + moment(planned) + ")";
    }

    /** "2 December 2026" in the language's month names ("2 Rhagfyr 2026" in Welsh). */
    public static String day(Instant at, Locale locale) {
        return DAY.withLocale(locale).format(at);
    }

    /** As {@link #moment(Instant)} in the language's month names ("2 Rhag 2026, 17:00" in Welsh). */
    public static String moment(Instant at, Locale locale) {
        return MOMENT.withLocale(locale).format(at);
    }

    public static boolean sameDay(Instant one, Instant other) {
        return LocalDate.ofInstant(one, ZONE).equals(LocalDate.ofInstant(other, ZONE));
    }

    public static String clock(Instant at) {
        return CLOCK.format(at);
    }
}
