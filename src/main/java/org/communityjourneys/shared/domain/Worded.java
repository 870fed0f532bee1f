package org.communityjourneys.shared.domain;

/**
 * A message for people, named by its key in the {@link MessageBundles} and its arguments, so that a
 * screen can show it in the reader's language. A service's refusal ({@link Refused}) is one; its
 * {@code getMessage()} stays the English text, for logs and the JSON API.
 */
public interface Worded {

    String messageKey();

    Object[] messageArguments();

    /** The text in the locale's language. */
    default String in(java.util.Locale locale) {
        return MessageBundles.find(messageKey(), locale, messageArguments())
                .orElse("!" + messageKey() + "!");
    }
}
