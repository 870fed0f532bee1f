package org.communityjourneys.shared.domain;

import java.util.List;
import java.util.Locale;

/**
 * What a service says when it refuses a request, worded from the message bundles: the English text
 * is the exception's message (logs, the JSON API), and a screen shows {@link #in(java.util.Locale)}
 * in the reader's language. Two kinds, so that callers keep catching what they caught before:
 * {@link Input} for bad input ({@link IllegalArgumentException}), one problem or every problem at
 * once (a grant application, a new fund, a learning report), and {@link State} for a request the
 * present state does not allow ({@link IllegalStateException}). An argument may itself be worded
 * (a grant's status, a funding principle) or an amount ({@link Wording}), and is then said in the
 * same language as the sentence.
 */
public final class Refused {

    private Refused() {
    }

    /** Bad input: "The ballot is over the budget by £40." */
    public static Input input(String key, Object... arguments) {
        return new Input(key, arguments);
    }

    /** Bad input, every problem at once, one sentence after another; at least one problem. */
    public static Input input(List<Wording> problems) {
        return new Input(problems);
    }

    /** Not now, not you, not in this state: "The vote has closed." */
    public static State state(String key, Object... arguments) {
        return new State(key, arguments);
    }

    public static class Input extends IllegalArgumentException implements Worded {

        private final transient List<Wording> problems;

        public Input(String key, Object... arguments) {
            this(List.of(Wording.of(key, arguments)));
        }

        private Input(List<Wording> problems) {
            super(Wording.joined(requireSome(problems), MessageBundles.ENGLISH));
            this.problems = List.copyOf(problems);
        }

        private static List<Wording> requireSome(List<Wording> problems) {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("A refusal names at least one problem");
            }
            return problems;
        }

        /** Each problem on its own. */
        public List<Wording> problems() {
            return problems;
        }

        /** The first problem's key. */
        @Override
        public String messageKey() {
            return problems.get(0).messageKey();
        }

        /** The first problem's arguments. */
        @Override
        public Object[] messageArguments() {
            return problems.get(0).messageArguments();
        }

        /** Every problem in the locale's language. */
        @Override
        public String in(Locale locale) {
            return Wording.joined(problems, locale);
        }
    }

    public static class State extends IllegalStateException implements Worded {

        private final transient Wording wording;

        public State(String key, Object... arguments) {
            this(Wording.of(key, arguments));
        }

        private State(Wording wording) {
            super(wording.english());
            this.wording = wording;
        }

        @Override
        public String messageKey() {
            return wording.messageKey();
        }

        @Override
        public Object[] messageArguments() {
            return wording.messageArguments();
        }

        @Override
        public String in(Locale locale) {
            return wording.in(locale);
        }
    }
}
