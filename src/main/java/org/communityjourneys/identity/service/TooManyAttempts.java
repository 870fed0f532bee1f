package org.communityjourneys.identity.service;

/** Someone reached a limit; the message says in plain English when they may try again. */
public class TooManyAttempts extends IllegalStateException {

    private final long minutes;

    public TooManyAttempts(long minutes) {
        this("attempts", minutes);
    }

    /** "Too many ideas. Try again in 40 minutes." for {@code what} = "ideas". */
    public TooManyAttempts(String what, long minutes) {
        super("Too many " + what + ". Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        this.minutes = minutes;
    }

    /** "Too many attempts. Try again in 15 minutes." */
    public static String message(long minutes) {
        return "Too many attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    public long minutes() {
        return minutes;
    }
}
