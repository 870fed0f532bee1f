package org.communityjourneys.voting.domain.pabulib;

import java.util.List;
import java.util.Map;

/**
 * A row of the VOTES section: the voter id, the projects voted for (in the order written, which is
 * the preference order for ordinal ballots), the points (cumulative/scoring ballots, else null) and
 * every column as written.
 */
public record PabulibVote(String voterId, List<String> vote, List<Long> points, Map<String, String> fields) {

    public PabulibVote {
        vote = List.copyOf(vote);
        points = points == null ? null : List.copyOf(points);
        fields = Map.copyOf(fields);
    }
}
