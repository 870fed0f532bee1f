package org.communityjourneys.review.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Worded;

/**
 * One sentence for people from the review's message bundle ({@code review.properties}): its key
 * and arguments. An argument may be {@link Worded} (a grant's status) or {@link Pounds} (an
 * amount), and is then worded in the sentence's language. Used for a report's problems, a payment's
 * wording and a project's timeline, which are built outside the screens.
 */
public final class ReviewWording implements Worded {

    /** An amount of money, formatted in the language of the sentence it is in. */
    public record Pounds(long pence) {
    }

    private final String key;
    private final Object[] arguments;

    private ReviewWording(String key, Object[] arguments) {
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static ReviewWording of(String key, Object... arguments) {
        return new ReviewWording(key, arguments);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

    /** The sentence in the locale's language, its worded arguments and amounts in that language too. */
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

    /** The sentence in English (UK): what logs, the open data and the existing messages say. */
    public String english() {
        return in(MessageBundles.ENGLISH);
    }

    /** Several sentences in one language, one after the other. */
    public static String joined(List<ReviewWording> wordings, Locale locale) {
        return wordings.stream().map(wording -> wording.in(locale)).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return english();
    }
}
