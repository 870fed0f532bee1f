package org.communityjourneys.showcase.domain;

import org.communityjourneys.shared.domain.Refused;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * A showcase conversation refused with every problem at once, each with the field of the form it
 * belongs to, so that the conversation form says each under its field in the reader's language
 * (the shared {@link org.communityjourneys.shared.domain.Refused} knows no fields). The
 * exception's message is the English text, as before.
 */
public class ConversationRefused extends IllegalArgumentException implements Worded {

    private final transient List<ConversationProblem> problems;

    /** At least one problem. */
    public ConversationRefused(List<ConversationProblem> problems) {
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
        return problems.get(0).wording().messageKey();
    }

    @Override
    public Object[] messageArguments() {
        return problems.get(0).wording().messageArguments();
    }

    @Override
    public String in(Locale locale) {
        return joined(problems, locale);
    }
}
