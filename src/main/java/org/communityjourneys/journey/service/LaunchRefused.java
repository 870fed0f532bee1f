package org.communityjourneys.journey.service;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityjourneys.journey.domain.LaunchProblem;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * A launch plan with problems; nothing was stored. The message is every problem in English, one
 * after the other; {@link #in(Locale)} says them in the reader's language.
 */
public class LaunchRefused extends RuntimeException implements Worded {

    static final String KEY = "launch.refused";

    private final transient List<LaunchProblem> worded;

    public LaunchRefused(List<LaunchProblem> problems) {
        super(String.join(" ", LaunchProblem.english(problems)));
        this.worded = List.copyOf(problems);
    }

    /** The problems in English, in order. */
    public List<String> problems() {
        return LaunchProblem.english(worded);
    }

    /** The problems with their fields and their words for any language. */
    public List<LaunchProblem> wordedProblems() {
        return worded;
    }

    @Override
    public String messageKey() {
        return KEY;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {getMessage()};
    }

    @Override
    public String in(Locale locale) {
        String listed = worded.stream().map(problem -> problem.in(locale)).collect(Collectors.joining(" "));
        return MessageBundles.find(KEY, locale, listed).orElse(getMessage());
    }
}
