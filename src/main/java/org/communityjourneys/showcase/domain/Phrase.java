package org.communityjourneys.showcase.domain;

import java.util.Locale;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * One sentence (or part of one) from the showcase's message bundle ({@code showcase.properties}):
 * its key and arguments. An argument may itself be {@link Worded} ("Story 2", a journey's stage)
 * and is then worded in the same language as the sentence.
 */
public final class Phrase implements Worded {

    private final String key;
    private final Object[] arguments;

    private Phrase(String key, Object[] arguments) {
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, arguments);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

    /** The text in the locale's language, worded arguments in that language too. */
    @Override
    public String in(Locale locale) {
        Object[] worded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            worded[i] = arguments[i] instanceof Worded inner ? inner.in(locale) : arguments[i];
        }
        return MessageBundles.find(key, locale, worded).orElse("!" + key + "!");
    }

    /** The text in English (UK), as logs and the existing messages say it. */
    public String english() {
        return in(MessageBundles.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
