package org.communityjourneys.studio.service;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.studio.domain.ModelProblem;

/**
 * A model breaks one or more studio rules; nothing was deployed. The message lists every problem
 * in English; {@link #in(Locale)} lists them in the reader's language.
 */
public class ModelRejected extends IllegalArgumentException implements Worded {

    static final String KEY = "studio.rejected";

    private final transient List<ModelProblem> problems;

    public ModelRejected(List<ModelProblem> problems) {
        super(MessageBundles.english(KEY, listed(problems, MessageBundles.ENGLISH)));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return KEY;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {listed(problems, MessageBundles.ENGLISH)};
    }

    @Override
    public String in(Locale locale) {
        return MessageBundles.find(KEY, locale, listed(problems, locale)).orElse(getMessage());
    }

    private static String listed(List<ModelProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> (problem.elementId() == null ? "" : problem.elementId() + ": ") + problem.in(locale))
                .collect(Collectors.joining("; "));
    }
}
