package org.communityjourneys.voting.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Outcome;
import org.communityjourneys.voting.domain.tally.Rule;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.TieBreak;
import org.communityjourneys.voting.domain.tally.Utility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Counts the real pabulib elections in ../shared/pabulib and compares every rule with the outcomes
 * pabutools 1.2.3 (exact arithmetic) and the equalshares.net compute tool produced.
 */
class PabulibConformanceTest {

    private static final Path FIXTURES = Path.of("..", "shared", "pabulib");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** pabutools rule key -> our settings; keys not listed here fail the test so nothing is skipped silently. */
    static TallySettings settingsFor(String key) {
        TallySettings base = TallySettings.defaults().withTieBreak(TieBreak.LEXICOGRAPHIC);
        if (key.equals("greedy_cost")) {
            return base.withRule(Rule.GREEDY);
        }
        if (key.equals("greedy_card")) {
            return base.withRule(Rule.GREEDY_PER_COST);
        }
        String rest;
        Utility utility;
        if (key.startsWith("mes_card")) {
            utility = Utility.APPROVAL;
            rest = key.substring("mes_card".length());
        } else if (key.startsWith("mes_cost")) {
            utility = Utility.COST;
            rest = key.substring("mes_cost".length());
        } else if (key.startsWith("mes_points")) {
            utility = Utility.POINTS;
            rest = key.substring("mes_points".length());
        } else {
            return null;
        }
        rest = rest.replace("_multiprofile", ""); // same rule on grouped ballots: same outcome
        Completion completion = switch (rest) {
            case "" -> Completion.NONE;
            case "_inc1" -> Completion.ADD1;
            case "_add1_integral" -> Completion.ADD1_INTEGRAL;
            case "_then_greedy" -> Completion.THEN_GREEDY;
            case "_inc1_then_greedy" -> Completion.ADD1_THEN_GREEDY;
            case "_budget_increase" -> Completion.BUDGET_INCREASE;
            default -> null;
        };
        return completion == null ? null : base.withRule(Rule.EQUAL_SHARES).withUtility(utility).withCompletion(completion);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesTheReferenceOutcomes() throws IOException {
        List<Path> expectations = expectationFiles();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path expected : expectations) {
            JsonNode root = JSON.readTree(expected.toFile());
            Path pb = expected.resolveSibling(root.get("file").asText());
            Election election = PabulibReader.read(pb).toElection();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.get("outcomes").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> rule = it.next();
                String key = rule.getKey();
                tests.add(DynamicTest.dynamicTest(pb.getFileName() + " " + key, () -> {
                    TallySettings settings = settingsFor(key);
                    assertTrue(settings != null, "no mapping for rule key " + key);
                    Outcome outcome = Tally.count(election, settings);
                    assertEquals(strings(rule.getValue().get("selected_sorted")), new TreeSet<>(outcome.selectedInOrder()),
                            key + " in " + pb.getFileName());
                    assertEquals(rule.getValue().get("total_cost").asLong(), outcome.totalCost(), key + " total cost");
                    // the order of selection agrees as well
                    assertEquals(list(rule.getValue().get("selected_in_order")), outcome.selectedInOrder(), key + " order");
                }));
            }
            JsonNode crosscheck = root.path("crosscheck_equalshares_compute_tool").path("results");
            for (Iterator<Map.Entry<String, JsonNode>> it = crosscheck.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> result = it.next();
                Completion completion = switch (result.getKey()) {
                    case "none" -> Completion.NONE;
                    case "add1" -> Completion.ADD1_INTEGRAL;
                    case "add1u" -> Completion.ADD1_THEN_GREEDY;
                    default -> null;
                };
                tests.add(DynamicTest.dynamicTest(pb.getFileName() + " equalshares.net " + result.getKey(), () -> {
                    assertTrue(completion != null, "no mapping for equalshares.net option " + result.getKey());
                    TallySettings settings = TallySettings.defaults().withUtility(Utility.COST)
                            .withCompletion(completion).withTieBreak(TieBreak.MIN_COST_MAX_VOTES);
                    Outcome outcome = Tally.count(election, settings);
                    assertEquals(strings(result.getValue().get("selected_sorted")), new TreeSet<>(outcome.selectedInOrder()),
                            "equalshares.net " + result.getKey() + " in " + pb.getFileName());
                    if (result.getValue().has("winners")) {
                        assertEquals(list(result.getValue().get("winners")), outcome.selectedInOrder(), "equalshares.net order");
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static List<Path> expectationFiles() throws IOException {
        if (!Files.isDirectory(FIXTURES)) {
            System.err.println("""
                    ************************************************************************
                    *  PabulibConformanceTest SKIPPED: %s not found.
                    *  The real-election conformance checks did NOT run.
                    ************************************************************************"""
                    .formatted(FIXTURES.toAbsolutePath().normalize()));
        }
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "no pabulib fixtures at " + FIXTURES.toAbsolutePath());
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
            Assumptions.assumeFalse(found.isEmpty(), "no *.expected.json in " + FIXTURES.toAbsolutePath());
            return found;
        }
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
