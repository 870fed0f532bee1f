package org.communityjourneys.voting.domain.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityjourneys.voting.domain.tally.Fraction;

/**
 * Reads the pabulib .pb format: UTF-8 (a leading BOM is skipped), ';'-separated fields that may
 * be quoted with '"', and the sections META, PROJECTS and VOTES, each followed by a header line.
 * Anything malformed throws {@link PabulibFormatException} naming the line, and so does a file that
 * looks cut off (no VOTES section, fewer projects or votes than META's {@code num_projects} and
 * {@code num_votes} say, a last line without its line end) or whose costs or points add up to more
 * than a {@code long} holds: such a file is refused, never counted on what remains of it.
 */
public final class PabulibReader {

    private enum Section { NONE, META, PROJECTS, VOTES }

    private PabulibReader() {
    }

    public static PabulibFile read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static PabulibFile read(String text) {
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            PabulibFile file = read(lines);
            if (!text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r") && !text.substring(text.lastIndexOf('\n') + 1).isBlank()) {
                throw new PabulibFormatException((int) text.lines().count(),
                        "the file ends in the middle of this line (it has no line end), so it may be cut off;"
                                + " if the line is whole, end it with a line break");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PabulibFile read(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read; (read = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, read);
        }
        return read(text.toString());
    }

    private static PabulibFile read(BufferedReader reader) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        List<PabulibProject> projects = new ArrayList<>();
        List<PabulibVote> votes = new ArrayList<>();
        Set<String> projectIds = new HashSet<>();
        Set<String> seenSections = new HashSet<>();
        Map<String, Integer> metaLines = new HashMap<>();
        Section section = Section.NONE;
        long totalCost = 0;
        Map<String, Long> pointsOf = new HashMap<>();
        List<String> header = null;
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            String trimmed = line.strip();
            Section named = sectionNamed(trimmed);
            if (named != null) {
                if (!seenSections.add(trimmed.toUpperCase())) {
                    throw new PabulibFormatException(lineNumber, "section " + trimmed + " appears twice");
                }
                section = named;
                header = null;
                continue;
            }
            if (section == Section.NONE) {
                throw new PabulibFormatException(lineNumber, "expected META, PROJECTS or VOTES but found \"" + shorten(line) + "\"");
            }
            List<String> fields = split(line, lineNumber);
            if (header == null) {
                header = checkHeader(section, fields, lineNumber);
                continue;
            }
            if (section == Section.META) {
                String key = fields.get(0).strip();
                String value = String.join(";", fields.subList(1, fields.size())).strip();
                meta.put(key, value);
                metaLines.put(key, lineNumber);
                continue;
            }
            if (fields.size() > header.size()) {
                throw new PabulibFormatException(lineNumber, fields.size() + " fields but the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            switch (section) {
                case PROJECTS -> {
                    String id = row.get("project_id").strip();
                    if (id.isEmpty()) {
                        throw new PabulibFormatException(lineNumber, "project without a project_id");
                    }
                    if (!projectIds.add(id)) {
                        throw new PabulibFormatException(lineNumber, "project " + id + " appears twice");
                    }
                    long cost = parseCost(row.get("cost"), lineNumber, id);
                    totalCost = sum(totalCost, cost, lineNumber, "the projects' costs");
                    projects.add(new PabulibProject(id, cost, row.getOrDefault("name", ""), row));
                }
                case VOTES -> {
                    PabulibVote vote = parseVote(row, lineNumber, projectIds);
                    for (int i = 0; vote.points() != null && i < vote.vote().size(); i++) {
                        String project = vote.vote().get(i);
                        pointsOf.put(project, sum(pointsOf.getOrDefault(project, 0L), vote.points().get(i), lineNumber,
                                "the points given to project " + project));
                    }
                    votes.add(vote);
                }
                default -> throw new IllegalStateException();
            }
        }
        if (!seenSections.contains("META")) {
            throw new PabulibFormatException(Math.max(1, lineNumber), "no META section");
        }
        if (!seenSections.contains("PROJECTS")) {
            throw new PabulibFormatException(Math.max(1, lineNumber), "no PROJECTS section");
        }
        if (!seenSections.contains("VOTES")) {
            throw new PabulibFormatException(Math.max(1, lineNumber), "no VOTES section: the file may be cut off before it");
        }
        checkCount(meta, metaLines, "num_projects", projects.size(), "projects in the PROJECTS section");
        checkCount(meta, metaLines, "num_votes", votes.size(), "votes in the VOTES section");
        String budget = meta.get("budget");
        if (budget == null) {
            throw new PabulibFormatException(Math.max(1, lineNumber), "META has no budget");
        }
        try {
            Fraction.parseDecimal(budget);
        } catch (NumberFormatException e) {
            throw new PabulibFormatException(metaLines.get("budget"), "budget is " + e.getMessage());
        }
        return new PabulibFile(meta, projects, votes);
    }

    /** A count that META states must be what was read: fewer means a file cut off, more one joined badly. */
    private static void checkCount(Map<String, String> meta, Map<String, Integer> metaLines, String key, int read, String what) {
        String stated = meta.get(key);
        if (stated == null) {
            return;
        }
        long count;
        try {
            count = Long.parseLong(stated.strip());
        } catch (NumberFormatException e) {
            throw new PabulibFormatException(metaLines.get(key), key + " is not a whole number: \"" + shorten(stated) + "\"");
        }
        if (count != read) {
            throw new PabulibFormatException(metaLines.get(key), "META says " + key + " is " + count + " but the file has " + read + " "
                    + what + (read < count ? ": the file may be cut off" : ""));
        }
    }

    /** Adds as the count will, refusing a sum past what a long holds (it would turn negative). */
    private static long sum(long sum, long more, int lineNumber, String what) {
        try {
            return Math.addExact(sum, more);
        } catch (ArithmeticException tooMuch) {
            throw new PabulibFormatException(lineNumber, what + " add up to more than " + Long.MAX_VALUE
                    + ", more than can be counted exactly; is a number in the wrong unit?");
        }
    }

    private static Section sectionNamed(String trimmed) {
        return switch (trimmed.toUpperCase()) {
            case "META" -> Section.META;
            case "PROJECTS" -> Section.PROJECTS;
            case "VOTES" -> Section.VOTES;
            default -> null;
        };
    }

    private static List<String> checkHeader(Section section, List<String> fields, int lineNumber) {
        List<String> header = fields.stream().map(String::strip).toList();
        String first = switch (section) {
            case META -> "key";
            case PROJECTS -> "project_id";
            case VOTES -> "voter_id";
            default -> throw new IllegalStateException();
        };
        if (!header.get(0).equals(first)) {
            throw new PabulibFormatException(lineNumber, section + " header must start with " + first + " but starts with \"" + header.get(0) + "\"");
        }
        if (section == Section.PROJECTS && !header.contains("cost")) {
            throw new PabulibFormatException(lineNumber, "PROJECTS header has no cost column");
        }
        if (section == Section.VOTES && !header.contains("vote")) {
            throw new PabulibFormatException(lineNumber, "VOTES header has no vote column");
        }
        if (new HashSet<>(header).size() != header.size()) {
            throw new PabulibFormatException(lineNumber, "a column name appears twice in the header");
        }
        return header;
    }

    private static long parseCost(String text, int lineNumber, String id) {
        try {
            Fraction cost = Fraction.parseDecimal(text == null ? "" : text);
            if (!cost.isWhole() || cost.signum() < 0) {
                throw new PabulibFormatException(lineNumber, "cost of project " + id + " must be a whole, non-negative amount: \"" + text + "\"");
            }
            return cost.numerator().longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new PabulibFormatException(lineNumber, "cost of project " + id + " is not a number: \"" + text + "\"");
        }
    }

    private static PabulibVote parseVote(Map<String, String> row, int lineNumber, Set<String> projectIds) {
        String voterId = row.get("voter_id").strip();
        List<String> vote = splitList(row.get("vote"));
        for (String id : vote) {
            if (!projectIds.contains(id)) {
                throw new PabulibFormatException(lineNumber, "vote of voter " + voterId + " names unknown project " + id);
            }
        }
        if (new HashSet<>(vote).size() != vote.size()) {
            throw new PabulibFormatException(lineNumber, "vote of voter " + voterId + " names a project twice");
        }
        List<Long> points = null;
        if (row.containsKey("points")) {
            points = new ArrayList<>();
            for (String value : splitList(row.get("points"))) {
                long given;
                try {
                    given = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new PabulibFormatException(lineNumber, "points of voter " + voterId + " are not whole numbers: \"" + value + "\"");
                }
                if (given < 0) {
                    throw new PabulibFormatException(lineNumber, "points of voter " + voterId + " must not be negative: \"" + value + "\"");
                }
                points.add(given);
            }
            if (points.size() != vote.size()) {
                throw new PabulibFormatException(lineNumber, "voter " + voterId + " has " + vote.size() + " projects but " + points.size() + " points");
            }
        }
        return new PabulibVote(voterId, vote, points, row);
    }

    private static List<String> splitList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Splits one line at ';' outside double quotes; "" inside quotes is a literal quote. */
    static List<String> split(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new PabulibFormatException(lineNumber, "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String shorten(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
