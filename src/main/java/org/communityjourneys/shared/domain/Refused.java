package org.communityjourneys.shared.domain;

/**
 * What a service says when it refuses a request, worded from the message bundles: the English text
 * is the exception's message (logs, the JSON API), and a screen shows {@link #in(java.util.Locale)}
 * in the reader's language. Two kinds, so that callers keep catching what they caught before:
 * {@link Input} for bad input ({@link IllegalArgumentException}) and {@link State} for a request the
 * present state does not allow ({@link IllegalStateException}).
 */
public final class Refused {

    private Refused() {
    }

    /** Bad input: "The ballot is over the budget by £40." */
    public static Input input(String key, Object... arguments) {
        return new Input(key, arguments);
    }

    /** Not now, not you, not in this state: "The vote has closed." */
    public static State state(String key, Object... arguments) {
        return new State(key, arguments);
    }

    public static class Input extends IllegalArgumentException implements Worded {

        private final String key;
        private final transient Object[] arguments;

        public Input(String key, Object... arguments) {
            super(MessageBundles.english(key, arguments));
            this.key = key;
            this.arguments = arguments == null ? new Object[0] : arguments.clone();
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArguments() {
            return arguments.clone();
        }
    }

    public static class State extends IllegalStateException implements Worded {

        private final String key;
        private final transient Object[] arguments;

        public State(String key, Object... arguments) {
            super(MessageBundles.english(key, arguments));
            this.key = key;
            this.arguments = arguments == null ? new Object[0] : arguments.clone();
        }

        @Override
        public String messageKey() {
            return key;
        }

        @Override
        public Object[] messageArguments() {
            return arguments.clone();
        }
    }
}
