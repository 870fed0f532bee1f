package org.communityjourneys.showcase.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * A refusal of the showcase worded from {@link Phrase}s, for what the shared
 * {@link org.communityjourneys.shared.domain.Refused} cannot say: every problem of a conversation
 * at once, or a sentence naming the journey's stage in the reader's language. The exception's
 * message is the English text, as before; a screen shows {@link Worded#in(Locale)}.
 */
public final class ShowcaseRefused {

    private ShowcaseRefused() {
    }

    /** Bad input, every problem at once; at least one problem. */
    public static Input input(List<ConversationProblem> problems) {
        return new Input(problems);
    }

    /** Bad input, one problem not tied to a field. */
    public static Input input(String key, Object... arguments) {
        return new Input(List.of(ConversationProblem.of(ConversationProblem.Field.OTHER, key, arguments)));
    }

    /** Not now, not in this state. */
    public static State state(String key, Object... arguments) {
        return new State(Phrase.of(key, arguments));
    }

    public static class Input extends IllegalArgumentException implements Worded {

        private final transient List<ConversationProblem> problems;

        Input(List<ConversationProblem> problems) {
            super(joined(requireSome(problems), MessageBundles.ENGLISH));
            this.problems = List.copyOf(problems);
        }

        private static List<ConversationProblem> requireSome(List<ConversationProblem> problems) {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("A refusal names at least one problem");
            }
            return problems;
        }

        private static String joined(List<ConversationProblem> problems, Locale locale) {
            return problems.stream().map(problem -> problem.in(locale)).collect(Collectors.joining(" "));
        }

        /** Each problem on its own, with its field. */
        public List<ConversationProblem> problems() {
            return problems;
        }

        @Override
        public String messageKey() {
            return problems.get(0).phrase().messageKey();
        }

        @Override
        public Object[] messageArguments() {
            return problems.get(0).phrase().messageArguments();
        }

        @Override
        public String in(Locale locale) {
            return joined(problems, locale);
        }
    }

    public static class State extends IllegalStateException implements Worded {

        private final transient Phrase phrase;

        State(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public String messageKey() {
            return phrase.messageKey();
        }

        @Override
        public Object[] messageArguments() {
            return phrase.messageArguments();
        }

        @Override
        public String in(Locale locale) {
            return phrase.in(locale);
        }
    }
}
