package org.communityjourneys.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One sentence or phrase for people from the {@link MessageBundles}: its key and arguments, worded
 * in the reader's language where it is shown. An argument may itself be {@link Worded} (a funding
 * principle's name, a grant's status), and is then worded in the same language as the sentence; so is an amount ({@link Pounds}).
 * Used where a service hands a screen something to say that is not a refusal (why an idea is not
 * funded), where a refusal names something that has its own name in each language, or where it
 * lists several problems at once (the chest's {@code WordedRefusal}).
 */
public final class Wording implements Worded {

    /** An amount of money as an argument, formatted in the language of the sentence it is in. */
    public record Pounds(long pence) {
    }

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

    /** The sentence in the locale's language, worded arguments and amounts in that language too. */
    @Override
    public String in(Locale locale) {
        Object[] worded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            worded[i] = argument instanceof Worded inner ? inner.in(locale)
                    : argument instanceof Pounds pounds ? Money.format(pounds.pence(), locale) : argument;
        }
        return MessageBundles.find(key, locale, worded).orElse("!" + key + "!");
    }

    /** The sentence in English (UK): what logs, the API and the existing messages say. */
    public String english() {
        return in(MessageBundles.ENGLISH);
    }

    /** Several sentences in one language, one after the other. */
    public static String joined(List<Wording> wordings, Locale locale) {
        return wordings.stream().map(wording -> wording.in(locale)).collect(Collectors.joining(" "));
    }

    /** The English sentences of each. */
    public static List<String> english(List<Wording> wordings) {
        return wordings.stream().map(Wording::english).toList();
    }

    @Override
    public String toString() {
        return english();
    }
}
