package org.communityjourneys.journey.service;

import java.util.List;

/** A launch plan with problems; nothing was stored. */
public class LaunchRefused extends RuntimeException {

    private final List<String> problems;

    public LaunchRefused(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
