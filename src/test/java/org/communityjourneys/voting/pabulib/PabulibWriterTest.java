package org.communityjourneys.voting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communityjourneys.voting.domain.pabulib.PabulibFile;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.domain.pabulib.PabulibVote;
import org.communityjourneys.voting.domain.pabulib.PabulibWriter;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Fraction;
import org.communityjourneys.voting.domain.tally.Rule;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.Utility;
import org.communityjourneys.voting.tally.Fixtures;
import org.junit.jupiter.api.Test;

class PabulibWriterTest {

    private static final PabulibWriter.Description DESCRIPTION = new PabulibWriter.Description(
            120, "approval", "equalshares/add1", "2026-05-01", "2026-05-14", "Riverside; North");

    @Test
    void writtenVotesCountTheSameWhenReadBack() {
        Election original = Fixtures.file("mes-small.pb").toElection();
        String written = PabulibWriter.write(DESCRIPTION, original.candidates(),
                List.of("Big playground", "Benches; new", "Allotment \"green\""), original.ballots(), new Random(42));
        PabulibFile back = PabulibReader.read(written);
        Election reread = back.toElection();
        assertEquals(Fraction.of(120), reread.budget());
        for (Rule rule : Rule.values()) {
            for (Utility utility : List.of(Utility.APPROVAL, Utility.COST)) {
                for (Completion completion : Completion.values()) {
                    TallySettings settings = TallySettings.defaults().withRule(rule).withUtility(utility).withCompletion(completion);
                    assertEquals(Tally.count(original, settings), Tally.count(reread, settings), settings.toString());
                }
            }
        }
        assertEquals("Benches; new", back.projects().get(1).name());
        assertEquals("Allotment \"green\"", back.projects().get(2).name());
        assertEquals("Riverside; North", back.meta().get("subunit"));
        assertEquals("equalshares/add1", back.meta().get("rule"));
        assertEquals("2026-05-01", back.meta().get("date_begin"));
        assertEquals("2026-05-14", back.meta().get("date_end"));
        assertEquals("3", back.meta().get("num_projects"));
        assertEquals("6", back.meta().get("num_votes"));
    }

    @Test
    void ballotsAreShuffledAndNumberedAfterwards() {
        List<Candidate> projects = List.of(new Candidate("a", 10, 0), new Candidate("b", 10, 0), new Candidate("c", 10, 0));
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ballots.add(i % 2 == 0 ? Ballot.approving("a") : i % 3 == 0 ? Ballot.approving("b", "c") : Ballot.approving());
        }
        PabulibFile back = PabulibReader.read(PabulibWriter.write(DESCRIPTION, projects, null, ballots, new Random(7)));
        List<String> ids = back.votes().stream().map(PabulibVote::voterId).toList();
        List<String> expectedIds = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            expectedIds.add(Integer.toString(i));
        }
        assertEquals(expectedIds, ids);
        List<List<String>> written = back.votes().stream().map(PabulibVote::vote).toList();
        List<List<String>> given = ballots.stream().map(Ballot::projects).toList();
        assertNotEquals(given, written, "ballots keep their original order");
        assertEquals(sorted(given), sorted(written));
        // the same seed gives the same file
        assertEquals(PabulibWriter.write(DESCRIPTION, projects, null, ballots, new Random(7)),
                PabulibWriter.write(DESCRIPTION, projects, null, ballots, new Random(7)));
    }

    @Test
    void pointsRoundTrip() {
        Election original = Fixtures.file("edge-cases.pb").toElection();
        String written = PabulibWriter.write(DESCRIPTION, original.candidates(), null, original.ballots(), new Random(1));
        Election reread = PabulibReader.read(written).toElection();
        TallySettings points = TallySettings.defaults().withUtility(Utility.POINTS);
        // the description says budget 120
        Election sameBudget = new Election(Fraction.of(120), original.candidates(), original.ballots());
        assertEquals(Tally.count(sameBudget, points), Tally.count(reread, points));
        assertEquals(Tally.count(sameBudget, points.withRule(Rule.GREEDY)), Tally.count(reread, points.withRule(Rule.GREEDY)));
    }

    @Test
    void projectIdsThatWouldBreakTheFileAreRefused() {
        List<Candidate> projects = List.of(new Candidate("a,b", 10, 0));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PabulibWriter.write(DESCRIPTION, projects, null, List.of(), new Random(1)));
        assertEquals("A project id for a .pb file cannot hold commas, semicolons, quotes or spaces: \"a,b\"", e.getMessage());
    }

    private static List<String> sorted(List<List<String>> ballots) {
        return ballots.stream().map(String::valueOf).sorted().toList();
    }
}
