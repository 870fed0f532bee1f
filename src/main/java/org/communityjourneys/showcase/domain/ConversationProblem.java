package org.communityjourneys.showcase.domain;

import java.util.Locale;

/**
 * One problem of a {@link ConversationRecord}: what is wrong, worded in each language, and the
 * field of the form it belongs to, so a screen can say it under that field in any language.
 */
public record ConversationProblem(Field field, Phrase phrase) {

    /** The form's fields a problem can belong to; {@link #OTHER} for the parts listed below them. */
    public enum Field {
        DATE, VENUE, ATTENDANCE, OTHER
    }

    public static ConversationProblem of(Field field, String key, Object... arguments) {
        return new ConversationProblem(field, Phrase.of(key, arguments));
    }

    public String in(Locale locale) {
        return phrase.in(locale);
    }

    public String english() {
        return phrase.english();
    }
}
