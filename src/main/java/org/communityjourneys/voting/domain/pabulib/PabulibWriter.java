package org.communityjourneys.voting.domain.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;

/**
 * Writes a vote in the pabulib .pb format so anyone can recount it. Ballots are anonymous: they
 * are shuffled with the given {@link Random} and only then numbered 1..n.
 */
public final class PabulibWriter {

    /** What goes into META besides the counts. Dates are written as given (e.g. 2026-05-01). */
    public record Description(long budget, String voteType, String rule, String dateBegin, String dateEnd, String ward) {
    }

    private PabulibWriter() {
    }

    public static String write(Description description, List<Candidate> projects, List<String> names,
            List<Ballot> ballots, Random random) {
        StringBuilder out = new StringBuilder();
        try {
            write(description, projects, names, ballots, random, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param names one display name per project (same order), or null for none
     */
    public static void write(Description description, List<Candidate> projects, List<String> names,
            List<Ballot> ballots, Random random, Appendable out) throws IOException {
        for (Candidate project : projects) {
            if (!project.id().matches("[^,;\"\\s]+")) {
                throw new IllegalArgumentException("A project id for a .pb file cannot hold commas, semicolons, quotes or spaces: \""
                        + project.id() + "\"");
            }
        }
        if (names != null && names.size() != projects.size()) {
            throw new IllegalArgumentException("One name per project, please");
        }
        boolean withPoints = ballots.stream().anyMatch(b -> b.points() != null);
        out.append("META\n");
        out.append("key;value\n");
        line(out, "budget", Long.toString(description.budget()));
        line(out, "vote_type", description.voteType());
        line(out, "rule", description.rule());
        line(out, "date_begin", description.dateBegin());
        line(out, "date_end", description.dateEnd());
        line(out, "subunit", description.ward());
        line(out, "num_projects", Integer.toString(projects.size()));
        line(out, "num_votes", Integer.toString(ballots.size()));
        out.append("PROJECTS\n");
        out.append("project_id;cost;votes;name\n");
        for (int i = 0; i < projects.size(); i++) {
            Candidate project = projects.get(i);
            String name = names == null ? "" : names.get(i);
            out.append(field(project.id())).append(';').append(Long.toString(project.cost())).append(';')
                    .append(Long.toString(project.votes())).append(';').append(field(name)).append('\n');
        }
        out.append("VOTES\n");
        out.append(withPoints ? "voter_id;vote;points\n" : "voter_id;vote\n");
        List<Ballot> shuffled = new ArrayList<>(ballots);
        Collections.shuffle(shuffled, random);
        int voterId = 1;
        for (Ballot ballot : shuffled) {
            out.append(Integer.toString(voterId++)).append(';').append(String.join(",", ballot.projects()));
            if (withPoints) {
                List<Long> points = ballot.points();
                out.append(';');
                if (points != null) {
                    out.append(points.stream().map(String::valueOf).collect(Collectors.joining(",")));
                }
            }
            out.append('\n');
        }
    }

    private static void line(Appendable out, String key, String value) throws IOException {
        if (value != null) {
            out.append(key).append(';').append(field(value)).append('\n');
        }
    }

    /** Quotes a field that holds ';', '"' or a line break. */
    static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ') + '"';
    }
}
