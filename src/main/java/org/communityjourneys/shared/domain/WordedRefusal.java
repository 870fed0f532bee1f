package org.communityjourneys.shared.domain;

import java.util.List;
import java.util.Locale;

/**
 * A refusal worded from {@link Wording}s, for what {@link Refused} cannot say: several problems at
 * once (a grant application, a new fund, a panel member's scores, a claim, a learning report) or a
 * sentence that names something worded in each language (a grant's status, a funding principle). The exception's
 * message is the English text, as before; a screen shows {@link #in(Locale)} in the reader's
 * language. {@link #messageKey()} and {@link #messageArguments()} are those of the first problem.
 */
public final class WordedRefusal {

    private WordedRefusal() {
    }

    /** Bad input, every problem at once (an {@link IllegalArgumentException}); at least one problem. */
    public static Input input(List<Wording> problems) {
        return new Input(problems);
    }

    /** Bad input, one problem. */
    public static Input input(String key, Object... arguments) {
        return new Input(List.of(Wording.of(key, arguments)));
    }

    /** Not now, not in this state (an {@link IllegalStateException}). */
    public static State state(String key, Object... arguments) {
        return new State(Wording.of(key, arguments));
    }

    public static class Input extends IllegalArgumentException implements Worded {

        private final transient List<Wording> problems;

        Input(List<Wording> problems) {
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

        @Override
        public String messageKey() {
            return problems.get(0).messageKey();
        }

        @Override
        public Object[] messageArguments() {
            return problems.get(0).messageArguments();
        }

        @Override
        public String in(Locale locale) {
            return Wording.joined(problems, locale);
        }
    }

    public static class State extends IllegalStateException implements Worded {

        private final transient Wording wording;

        State(Wording wording) {
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
