package org.communityjourneys.identity.service;

import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * Someone reached a limit; the message says in plain English when they may try again, and a
 * screen shows it in the reader's language ({@link Worded}).
 */
public class TooManyAttempts extends IllegalStateException implements Worded {

    /** What may be limited by name, each with its own sentence in the bundles ({@code identity.tooMany.ideas}). */
    private static final java.util.Set<String> NAMED = java.util.Set.of("attempts", "ideas", "supports", "comments");

    private final long minutes;
    private final String what;

    public TooManyAttempts(long minutes) {
        this("attempts", minutes);
    }

    /** "Too many ideas. Try again in 40 minutes." for {@code what} = "ideas". */
    public TooManyAttempts(String what, long minutes) {
        super(MessageBundles.english(keyOf(what), arguments(what, minutes)));
        this.minutes = minutes;
        this.what = what;
    }

    /** "Too many attempts. Try again in 15 minutes." */
    public static String message(long minutes) {
        return MessageBundles.english(keyOf("attempts"), arguments("attempts", minutes));
    }

    public long minutes() {
        return minutes;
    }

    @Override
    public String messageKey() {
        return keyOf(what);
    }

    @Override
    public Object[] messageArguments() {
        return arguments(what, minutes);
    }

    private static String keyOf(String what) {
        return NAMED.contains(what) ? "identity.tooMany." + what : "identity.tooMany.other";
    }

    /** The minutes as a number (to choose "minute" or "minutes") and as plain digits, and what was limited. */
    private static Object[] arguments(String what, long minutes) {
        return new Object[] {minutes, String.valueOf(minutes), what};
    }
}
