package org.communityjourneys.shared.ui;

import java.time.Instant;
import java.util.Locale;
import org.communityjourneys.shared.domain.UkTime;

/**
 * {@link UkTime}'s moments in the current UI's language: the same UK time zone and order, the
 * words ("on", "today", "planned") from the bundles and the month names from the locale. In
 * English (UK) the results are exactly {@link UkTime}'s.
 */
public final class Moments {

    private Moments() {
    }

    /** "17:00 on 2 December 2026" ("17:00 ar 2 Rhagfyr 2026"). */
    public static String deadline(Instant at) {
        Locale locale = Translations.current();
        return Translations.text(locale, "time.deadline", UkTime.clock(at), UkTime.day(at, locale));
    }

    /** "17:00 today" on the same UK day as {@code now}, otherwise as {@link #deadline(Instant)}. */
    public static String deadline(Instant at, Instant now) {
        return UkTime.sameDay(at, now) ? Translations.text("time.today", UkTime.clock(at)) : deadline(at);
    }

    /** "2 Dec 2026, 17:00": a moment in a list of facts or steps. */
    public static String moment(Instant at) {
        return UkTime.moment(at, Translations.current());
    }

    /** " (planned 2 Dec 2026, 17:00)" when a stage moved a minute or more from its planned time, else "". */
    public static String plannedIfMoved(Instant actual, Instant planned) {
        return UkTime.plannedIfMoved(actual, planned).isEmpty() ? ""
                : " " + Translations.text("time.planned", moment(planned));
    }

    /** The amount in pounds in the current UI's language (the same as {@code Money.format} in both). */
    public static String money(long pence) {
        return org.communityjourneys.shared.domain.Money.format(pence, Translations.current());
    }
}
