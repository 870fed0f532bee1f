package org.communityjourneys.ideas.service;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * The shortlist's problems, every one at once ("Include or leave out "Messy play"."), each named by
 * its key in {@code shortlist.properties} and the idea's title. The message is the English text, as
 * before; the shortlist screen shows {@link #in(Locale)} in the reader's language.
 */
public class ShortlistRefused extends IllegalArgumentException implements Worded {

    /** One problem: its key and the title of the idea it is about. */
    record Problem(String key, String title) {

        String in(Locale locale) {
            return MessageBundles.find(key, locale, title).orElse("!" + key + "!");
        }
    }

    private final transient List<Problem> problems;

    ShortlistRefused(List<Problem> problems) {
        super(joined(problems, MessageBundles.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    private static String joined(List<Problem> problems, Locale locale) {
        return problems.stream().map(problem -> problem.in(locale)).collect(Collectors.joining(" "));
    }

    @Override
    public String messageKey() {
        return problems.get(0).key();
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {problems.get(0).title()};
    }

    @Override
    public String in(Locale locale) {
        return joined(problems, locale);
    }
}
