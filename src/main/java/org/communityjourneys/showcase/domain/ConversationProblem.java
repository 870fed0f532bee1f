package org.communityjourneys.showcase.domain;

import org.communityjourneys.shared.domain.Wording;
import java.util.Locale;

/**
 * One problem of a {@link ConversationRecord}: what is wrong, worded in each language, and the
 * field of the form it belongs to, so a screen can say it under that field in any language.
 */
public record ConversationProblem(Field field, Wording wording) {

    /** The form's fields a problem can belong to; {@link #OTHER} for the parts listed below them. */
    public enum Field {
        DATE, VENUE, ATTENDANCE, OTHER
    }

    public static ConversationProblem of(Field field, String key, Object... arguments) {
        return new ConversationProblem(field, Wording.of(key, arguments));
    }

    public String in(Locale locale) {
        return wording.in(locale);
    }

    public String english() {
        return wording.english();
    }
}
