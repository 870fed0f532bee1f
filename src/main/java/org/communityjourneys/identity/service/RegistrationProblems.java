package org.communityjourneys.identity.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.shared.domain.Wording;

/**
 * A registration refused, with each problem on the field it belongs to, so the form can show it
 * there; the message lists them all, in the order of the form, in English. Each problem is worded
 * from the bundles, so a screen shows them in the reader's language ({@link #byField(Locale)},
 * {@link #in(Locale)}).
 */
public class RegistrationProblems extends IllegalArgumentException implements Worded {

    /** The fields of the registration form. */
    public enum Field { NAME, EMAIL, PASSWORD, ADDRESS, POSTCODE, WARD, AGE_BAND, CONSENT }

    private final transient Map<Field, Wording> problems;

    RegistrationProblems(Map<Field, Wording> problems) {
        super(joined(problems, MessageBundles.ENGLISH));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Each problem in English (UK), on its field. */
    public Map<Field, String> byField() {
        return byField(MessageBundles.ENGLISH);
    }

    /** Each problem in the locale's language, on its field. */
    public Map<Field, String> byField(Locale locale) {
        Map<Field, String> texts = new LinkedHashMap<>();
        problems.forEach((field, problem) -> texts.put(field, problem.in(locale)));
        return Collections.unmodifiableMap(texts);
    }

    @Override
    public String messageKey() {
        return problems.values().iterator().next().messageKey();
    }

    @Override
    public Object[] messageArguments() {
        return problems.values().iterator().next().messageArguments();
    }

    /** Every problem in the locale's language, one after the other. */
    @Override
    public String in(Locale locale) {
        return joined(problems, locale);
    }

    private static String joined(Map<Field, Wording> problems, Locale locale) {
        return String.join(" ", problems.values().stream().map(problem -> problem.in(locale)).toList());
    }
}
