package org.communityjourneys.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communityjourneys.voting.tally.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TallyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path fixture(String name) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, Fixtures.text(name));
        return file;
    }

    private JsonNode json() throws IOException {
        String text = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, text.lines().count(), "one JSON object on one line");
        return new ObjectMapper().readTree(text);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    @Test
    void defaultsAreEqualSharesWithCostUtilitiesAndAdd1() throws IOException {
        assertEquals(0, run(fixture("mes-small.pb").toString()));
        JsonNode result = json();
        assertEquals(List.of("P1", "P3"), strings(result.get("selected")));
        assertEquals(List.of("P1", "P3"), strings(result.get("selectedInOrder")));
        assertEquals("100", result.get("totalCost").asText());
        assertTrue(result.get("totalCost").isTextual());
        assertTrue(result.get("millis").isIntegralNumber());
    }

    @Test
    void everyOptionIsUnderstood() throws IOException {
        assertEquals(0, run("--rule", "mes", "--utility", "approval", "--completion", "none", "--tie-break", "min-cost-max-votes",
                fixture("mes-small.pb").toString()));
        assertEquals(List.of("P2", "P3"), strings(json().get("selectedInOrder")));
        out.reset();
        assertEquals(0, run("--rule", "greedy", "--threshold", "2", fixture("greedy-small.pb").toString()));
        JsonNode result = json();
        assertEquals(List.of("p1", "p3"), strings(result.get("selected")));
        assertEquals("90", result.get("totalCost").asText());
    }

    @Test
    void selectedIsSortedAsStrings() throws IOException {
        assertEquals(0, run("--rule", "greedy", "--tie-break", "min-cost-max-votes", fixture("greedy-tie.pb").toString()));
        JsonNode result = json();
        assertEquals(List.of("9", "5"), strings(result.get("selectedInOrder")));
        assertEquals(List.of("5", "9"), strings(result.get("selected")));
    }

    @Test
    void badArgumentsExitWithTwo() throws IOException {
        Path file = fixture("mes-small.pb");
        assertEquals(2, run("--rule", "borda", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown rule: borda"));
        assertEquals(2, run("--threshold", "many", file.toString()));
        assertEquals(2, run("--completion"));
        assertEquals(2, run());
        assertEquals(2, run(folder.resolve("missing.pb").toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedFileExitsWithTwoAndNamesTheLine() throws IOException {
        assertEquals(2, run(fixture("malformed-cost.pb").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 8: cost of project b"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileCutOffInItsVotesIsNotCountedOnWhatRemains() throws IOException {
        String whole = Files.readString(fixture("mes-small.pb"));
        Path cut = folder.resolve("cut.pb");
        Files.writeString(cut, whole.substring(0, whole.lastIndexOf("\n", whole.length() - 2) + 1));
        assertEquals(2, run(cut.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("META says num_votes is 6 but the file has 5 votes"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
