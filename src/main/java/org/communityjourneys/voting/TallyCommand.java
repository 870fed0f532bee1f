package org.communityjourneys.voting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communityjourneys.voting.domain.pabulib.PabulibFile;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Outcome;
import org.communityjourneys.voting.domain.tally.Rule;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.TieBreak;
import org.communityjourneys.voting.domain.tally.Utility;

/**
 * {@code tally [--rule ...] [--utility ...] [--completion ...] [--tie-break ...] [--threshold N] FILE.pb}:
 * recounts a vote stored in the pabulib format and prints one JSON object. No Spring, no database.
 */
public final class TallyCommand {

    static final String USAGE = "usage: tally [--rule greedy|greedy-per-cost|mes] [--utility approval|cost|points]"
            + " [--completion none|add1|add1-integral|then-greedy|add1-then-greedy|budget-increase]"
            + " [--tie-break lexicographic|min-cost-max-votes] [--threshold N] FILE.pb";

    private TallyCommand() {
    }

    /** Runs the command; returns the exit code (0 fine, 2 bad arguments or unreadable file). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        TallySettings settings = TallySettings.defaults();
        Path file = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args[++i];
                    settings = switch (arg) {
                        case "--rule" -> settings.withRule(Rule.fromOption(value));
                        case "--utility" -> settings.withUtility(Utility.fromOption(value));
                        case "--completion" -> settings.withCompletion(Completion.fromOption(value));
                        case "--tie-break" -> settings.withTieBreak(TieBreak.fromOption(value));
                        case "--threshold" -> settings.withThreshold(parseThreshold(value));
                        default -> throw new IllegalArgumentException("Unknown option: " + arg);
                    };
                } else if (file == null) {
                    file = Path.of(arg);
                } else {
                    throw new IllegalArgumentException("Only one file, please: " + arg);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("Which file? Give a .pb file to count");
            }
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("No such file: " + file);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Election election;
        try {
            PabulibFile pabulib = PabulibReader.read(file);
            election = pabulib.toElection();
        } catch (IOException | IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        Outcome outcome = Tally.count(election, settings);
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println(json(outcome, millis));
        return 0;
    }

    private static long parseThreshold(String value) {
        try {
            long threshold = Long.parseLong(value);
            if (threshold < 0) {
                throw new IllegalArgumentException("--threshold cannot be negative: " + value);
            }
            return threshold;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--threshold needs a whole number: " + value);
        }
    }

    static String json(Outcome outcome, long millis) {
        return "{\"selected\": " + array(outcome.selectedSorted())
                + ", \"selectedInOrder\": " + array(outcome.selectedInOrder())
                + ", \"totalCost\": \"" + outcome.totalCost() + "\""
                + ", \"millis\": " + millis + "}";
    }

    private static String array(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append(string(values.get(i)));
        }
        return json.append(']').toString();
    }

    private static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
