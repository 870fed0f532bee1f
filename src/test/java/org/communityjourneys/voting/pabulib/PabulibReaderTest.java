package org.communityjourneys.voting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communityjourneys.voting.domain.pabulib.PabulibFile;
import org.communityjourneys.voting.domain.pabulib.PabulibFormatException;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.domain.tally.Fraction;
import org.communityjourneys.voting.tally.Fixtures;
import org.junit.jupiter.api.Test;

class PabulibReaderTest {

    private static final String HEAD = "META\nkey;value\nbudget;100\nvote_type;approval\n"
            + "PROJECTS\nproject_id;cost;name\na;10;A\nb;20;B\nVOTES\nvoter_id;vote\n";

    @Test
    void readsTheEdgeCasesFile() {
        PabulibFile file = Fixtures.file("edge-cases.pb");
        // BOM skipped: the first key is found
        assertEquals("Edge cases; all of them", file.meta().get("description"));
        // decimal comma
        assertEquals(Fraction.of(2001, 2), file.budget());
        // unknown keys kept
        assertEquals("teal", file.meta().get("favourite_colour"));
        assertEquals("cumulative", file.voteType());
        // quoted names with ';', ',' and doubled quotes
        assertEquals("Park; benches, and bins", file.projects().get(0).name());
        assertEquals("Say \"hello\"", file.projects().get(1).name());
        assertEquals("Plain name, with a comma", file.projects().get(2).name());
        assertEquals(500, file.projects().get(2).cost());
        // points kept in the order given, vote order kept
        assertEquals(List.of("2", "1"), file.votes().get(0).vote());
        assertEquals(List.of(3L, 7L), file.votes().get(0).points());
        assertEquals("34", file.votes().get(0).fields().get("age"));
        // an empty vote is still a voter
        assertEquals(3, file.votes().size());
        assertEquals(List.of(), file.votes().get(1).vote());
        assertEquals(3, file.toElection().ballots().size());
    }

    @Test
    void budgetWithDecimalPoint() {
        PabulibFile file = PabulibReader.read(HEAD.replace("budget;100", "budget;99.5") + "1;a\n");
        assertEquals(Fraction.of(199, 2), file.budget());
    }

    @Test
    void approvalVotesHaveNoPoints() {
        PabulibFile file = PabulibReader.read(HEAD + "1;a,b\n2;\n");
        assertNull(file.votes().get(0).points());
        assertEquals(List.of("a", "b"), file.votes().get(0).vote());
        assertEquals(2, file.toElection().ballots().size());
        assertEquals(1, file.toElection().candidates().get(0).votes());
    }

    @Test
    void readsWindowsLineEndings() {
        PabulibFile file = PabulibReader.read((HEAD + "1;a,b\n").replace("\n", "\r\n"));
        assertEquals(List.of("a", "b"), file.votes().get(0).vote());
    }

    @Test
    void aBadCostNamesItsLine() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> Fixtures.file("malformed-cost.pb"));
        assertEquals(8, e.line());
        assertTrue(e.getMessage().startsWith("line 8: "), e.getMessage());
        assertTrue(e.getMessage().contains("ten"), e.getMessage());
    }

    @Test
    void anUnknownProjectInAVoteNamesItsLine() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(HEAD + "1;a\n2;a,zz\n"));
        assertEquals("line 12: vote of voter 2 names unknown project zz", e.getMessage());
    }

    @Test
    void tooManyFieldsNamesItsLine() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(HEAD + "1;a;extra\n"));
        assertEquals("line 11: 3 fields but the header has 2", e.getMessage());
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        String text = HEAD.replace("b;20;B", "b;20;\"B") + "1;a\n";
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(text));
        assertEquals("line 8: a quoted field is not closed", e.getMessage());
    }

    @Test
    void textBeforeTheFirstSectionNamesItsLine() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read("hello\n" + HEAD));
        assertTrue(e.getMessage().startsWith("line 1: "), e.getMessage());
    }

    @Test
    void aBadBudgetNamesItsLine() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibReader.read(HEAD.replace("budget;100", "budget;lots") + "1;a\n"));
        assertTrue(e.getMessage().startsWith("line 3: budget"), e.getMessage());
    }

    @Test
    void pointsThatDoNotMatchTheVoteNameTheirLine() {
        String text = HEAD.replace("voter_id;vote", "voter_id;vote;points") + "1;a,b;3\n";
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(text));
        assertEquals("line 11: voter 1 has 2 projects but 1 points", e.getMessage());
    }

    @Test
    void aDuplicateProjectNamesItsLine() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibReader.read(HEAD.replace("b;20;B", "a;20;B")));
        assertEquals("line 8: project a appears twice", e.getMessage());
    }

    @Test
    void aMissingHeaderColumnNamesItsLine() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibReader.read(HEAD.replace("project_id;cost;name", "project_id;price;name")));
        assertEquals("line 6: PROJECTS header has no cost column", e.getMessage());
    }

    private static final String COUNTED = "META\nkey;value\nbudget;100\nvote_type;approval\nnum_projects;2\nnum_votes;3\n"
            + "PROJECTS\nproject_id;cost;name\na;10;A\nb;20;B\nVOTES\nvoter_id;vote\n1;a,b\n2;b\n3;a\n";

    @Test
    void aFileCutOffInsideItsVotesIsRefused() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibReader.read(COUNTED.substring(0, COUNTED.indexOf("3;a"))));
        assertEquals("line 6: META says num_votes is 3 but the file has 2 votes in the VOTES section: the file may be cut off", e.getMessage());
    }

    @Test
    void aFileCutOffBeforeItsVotesIsRefused() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibReader.read(COUNTED.substring(0, COUNTED.indexOf("VOTES"))));
        assertEquals("line 10: no VOTES section: the file may be cut off before it", e.getMessage());
    }

    @Test
    void aLastLineWithoutItsLineEndIsRefused() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibReader.read(COUNTED.substring(0, COUNTED.length() - 1)));
        assertEquals(15, e.line());
        assertTrue(e.getMessage().contains("may be cut off"), e.getMessage());
    }

    @Test
    void moreProjectsThanMetaSaysIsRefused() {
        PabulibFormatException e = assertThrows(PabulibFormatException.class,
                () -> PabulibReader.read(COUNTED.replace("b;20;B\n", "b;20;B\nc;5;C\n")));
        assertEquals("line 5: META says num_projects is 2 but the file has 3 projects in the PROJECTS section", e.getMessage());
    }

    @Test
    void everyCutOfAWholeFileIsRefused() {
        // wherever a file is cut off (inside a field, at a line end, between sections), it is refused;
        // only the whole file is read
        String whole = Fixtures.text("greedy-small.pb").stripTrailing() + "\n";
        for (int length = 0; length < whole.length(); length++) {
            String cut = whole.substring(0, length);
            int at = length;
            assertThrows(PabulibFormatException.class, () -> PabulibReader.read(cut), () -> "cut after " + at + " characters: " + cut);
        }
        assertEquals(5, PabulibReader.read(whole).votes().size());
    }

    @Test
    void costsThatAddUpPastWhatCanBeCountedAreRefused() {
        String text = COUNTED.replace("a;10;A", "a;" + Long.MAX_VALUE + ";A");
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(text));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().startsWith("line 10: the projects' costs add up to more than 9223372036854775807"), e.getMessage());
    }

    @Test
    void pointsThatAddUpPastWhatCanBeCountedAreRefused() {
        String text = COUNTED.replace("voter_id;vote", "voter_id;vote;points").replace("1;a,b\n", "1;a,b;" + Long.MAX_VALUE + ",1\n")
                .replace("3;a\n", "3;a;1\n").replace("2;b\n", "2;b;1\n");
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(text));
        assertTrue(e.getMessage().startsWith("line 15: the points given to project a add up to more than"), e.getMessage());
    }

    @Test
    void negativePointsAreRefused() {
        String text = COUNTED.replace("voter_id;vote", "voter_id;vote;points").replace("1;a,b\n", "1;a,b;3,-1\n")
                .replace("3;a\n", "3;a;1\n").replace("2;b\n", "2;b;1\n");
        PabulibFormatException e = assertThrows(PabulibFormatException.class, () -> PabulibReader.read(text));
        assertEquals("line 13: points of voter 1 must not be negative: \"-1\"", e.getMessage());
    }
}
