package org.communityjourneys.voting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a voter picked: ideas in the order given (the order matters on a ranked ballot) and, on a
 * points ballot, the points given to each (same order; null otherwise).
 */
public record BallotChoice(List<UUID> ideas, List<Integer> points) {

    public BallotChoice {
        ideas = List.copyOf(ideas);
        points = points == null ? null : List.copyOf(points);
        if (points != null && points.size() != ideas.size()) {
            throw new IllegalArgumentException("A points ballot needs points for every idea it names.");
        }
    }

    /** Ticked ideas (approval or budget ballot), or ideas in order of preference (ranked ballot). */
    public static BallotChoice picking(List<UUID> ideas) {
        return new BallotChoice(ideas, null);
    }

    /** Points per idea, in the map's order; ideas given 0 points are left out. */
    public static BallotChoice points(Map<UUID, Integer> pointsByIdea) {
        List<UUID> ideas = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        pointsByIdea.forEach((idea, given) -> {
            if (given != null && given != 0) {
                ideas.add(idea);
                points.add(given);
            }
        });
        return new BallotChoice(ideas, points);
    }

    public boolean hasPoints() {
        return points != null;
    }

    public int totalPoints() {
        return points == null ? ideas.size() : points.stream().mapToInt(Integer::intValue).sum();
    }

    public boolean namesAnIdeaTwice() {
        return new HashSet<>(ideas).size() != ideas.size();
    }

    /** "id,id,id" or, with points, "id:3,id:2". */
    public String asText() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            parts.add(points == null ? ideas.get(i).toString() : ideas.get(i) + ":" + points.get(i));
        }
        return String.join(",", parts);
    }

    public static BallotChoice parse(String text) {
        List<UUID> ideas = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        boolean withPoints = text.contains(":");
        if (!text.isBlank()) {
            for (String part : text.split(",")) {
                if (withPoints) {
                    int colon = part.indexOf(':');
                    ideas.add(UUID.fromString(part.substring(0, colon)));
                    points.add(Integer.parseInt(part.substring(colon + 1)));
                } else {
                    ideas.add(UUID.fromString(part));
                }
            }
        }
        return new BallotChoice(ideas, withPoints ? points : null);
    }
}
