package org.communityjourneys.studio.service;

import java.util.List;
import java.util.stream.Collectors;
import org.communityjourneys.studio.domain.ModelProblem;

/** A model breaks one or more studio rules; nothing was deployed. */
public class ModelRejected extends IllegalArgumentException {

    private final transient List<ModelProblem> problems;

    public ModelRejected(List<ModelProblem> problems) {
        super("The model cannot be deployed: " + problems.stream()
                .map(problem -> (problem.elementId() == null ? "" : problem.elementId() + ": ") + problem.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
