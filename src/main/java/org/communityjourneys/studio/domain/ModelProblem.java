package org.communityjourneys.studio.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * One thing wrong with a model: the element it is about (may be null for the whole file), the
 * rule it breaks (e.g. {@code script.not-allowed}) and a plain-English message. A problem the
 * studio words itself ({@link #of}) also keeps its message key and arguments, so that a screen
 * shows it in the reader's language ({@link #in(Locale)}); an argument may be worded too (a
 * {@link Phrase}, such as why an expression is refused). A problem without a key (made with the
 * four-part constructor) reads the same in every language.
 */
public record ModelProblem(String resourceName, String elementId, String rule, String message,
        String messageKey, List<Object> arguments) implements Worded {

    public ModelProblem {
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public ModelProblem(String resourceName, String elementId, String rule, String message) {
        this(resourceName, elementId, rule, message, null, List.of());
    }

    /** A problem worded from the bundles: its message is the English text. */
    public static ModelProblem of(String resourceName, String elementId, String rule, String key, Object... arguments) {
        List<Object> given = arguments == null ? List.of() : Arrays.asList(arguments);
        return new ModelProblem(resourceName, elementId, rule, wording(key, given, MessageBundles.ENGLISH), key, given);
    }

    @Override
    public Object[] messageArguments() {
        return arguments.toArray();
    }

    /** The message in the locale's language; the English message when the problem has no key. */
    @Override
    public String in(Locale locale) {
        return messageKey == null ? message : wording(messageKey, arguments, locale);
    }

    private static String wording(String key, List<Object> arguments, Locale locale) {
        Object[] shown = arguments.stream()
                .map(argument -> argument instanceof Worded worded ? worded.in(locale) : argument).toArray();
        return MessageBundles.find(key, locale, shown).orElse("!" + key + "!");
    }

    /** A part of a problem's message that is worded in the reader's language too. */
    public record Phrase(String messageKey, List<Object> arguments) implements Worded {

        public Phrase {
            arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        public static Phrase of(String key, Object... arguments) {
            return new Phrase(key, arguments == null ? List.of() : Arrays.asList(arguments));
        }

        @Override
        public Object[] messageArguments() {
            return arguments.toArray();
        }

        @Override
        public String in(Locale locale) {
            return wording(messageKey, arguments, locale);
        }
    }
}
