package org.communityjourneys.voting.domain.tally;

import java.util.List;

/**
 * One voter's ballot: the projects they chose (in the order given) and, for cumulative or scoring
 * ballots, the points given to each (same order). An empty ballot still counts as a voter.
 */
public record Ballot(List<String> projects, List<Long> points) {

    public Ballot {
        projects = List.copyOf(projects);
        points = points == null ? null : List.copyOf(points);
        if (points != null && points.size() != projects.size()) {
            throw new IllegalArgumentException("A ballot needs one points value per project");
        }
    }

    public static Ballot approving(String... projects) {
        return new Ballot(List.of(projects), null);
    }

    public static Ballot approving(List<String> projects) {
        return new Ballot(projects, null);
    }

    /** Points given to the project at position {@code index}; 1 for approval ballots. */
    public long pointsAt(int index) {
        return points == null ? 1 : points.get(index);
    }
}
