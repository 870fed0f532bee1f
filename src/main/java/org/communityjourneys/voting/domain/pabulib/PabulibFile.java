package org.communityjourneys.voting.domain.pabulib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Fraction;

/** A participatory budgeting election in the pabulib format: META, PROJECTS and VOTES. */
public record PabulibFile(Map<String, String> meta, List<PabulibProject> projects, List<PabulibVote> votes) {

    public PabulibFile {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projects = List.copyOf(projects);
        votes = List.copyOf(votes);
    }

    public Fraction budget() {
        String budget = meta.get("budget");
        if (budget == null) {
            throw new IllegalArgumentException("META has no budget");
        }
        return Fraction.parseDecimal(budget);
    }

    public String voteType() {
        return meta.getOrDefault("vote_type", "approval");
    }

    /** The election to count: projects with their costs, every ballot (empty ones too). */
    public Election toElection() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PabulibVote vote : votes) {
            for (String id : vote.vote()) {
                counts.merge(id, 1L, Long::sum);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (PabulibProject project : projects) {
            candidates.add(new Candidate(project.id(), project.cost(), counts.getOrDefault(project.id(), 0L)));
        }
        List<Ballot> ballots = new ArrayList<>();
        for (PabulibVote vote : votes) {
            ballots.add(new Ballot(vote.vote(), vote.points()));
        }
        return new Election(budget(), candidates, ballots);
    }
}
