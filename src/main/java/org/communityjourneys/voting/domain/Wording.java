package org.communityjourneys.voting.domain;

import java.util.Locale;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * A phrase for people from the voting bundle ({@code voting.properties}), by key and arguments, so
 * that each screen words it in its reader's language: why an idea is not funded, say.
 */
public final class Wording implements Worded {

    private final String key;
    private final Object[] arguments;

    private Wording(String key, Object[] arguments) {
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static Wording of(String key, Object... arguments) {
        return new Wording(key, arguments);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

    /** The phrase in English (UK). */
    public String english() {
        return in(Locale.UK);
    }

    @Override
    public String toString() {
        return english();
    }
}
