package org.communityjourneys.review.domain;

import java.util.List;
import java.util.Locale;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * A refusal of the learning review worded from {@link ReviewWording}s, for what the shared
 * {@link org.communityjourneys.shared.domain.Refused} cannot say: several problems of a report at
 * once, or a sentence naming something worded in each language (a grant's status). The message is
 * the English text, as before; a screen shows {@link #in(Locale)} in the reader's language.
 */
public final class ReviewRefused {

    private ReviewRefused() {
    }

    /** Bad input, every problem at once (an {@link IllegalArgumentException}); at least one problem. */
    public static Input input(List<ReviewWording> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        return new Input(problems);
    }

    /** Not now, not in this state (an {@link IllegalStateException}). */
    public static State state(String key, Object... arguments) {
        return new State(ReviewWording.of(key, arguments));
    }

    public static class Input extends IllegalArgumentException implements Worded {

        private final transient List<ReviewWording> problems;

        Input(List<ReviewWording> problems) {
            super(ReviewWording.joined(problems, MessageBundles.ENGLISH));
            this.problems = List.copyOf(problems);
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
            return ReviewWording.joined(problems, locale);
        }
    }

    public static class State extends IllegalStateException implements Worded {

        private final transient ReviewWording wording;

        State(ReviewWording wording) {
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
