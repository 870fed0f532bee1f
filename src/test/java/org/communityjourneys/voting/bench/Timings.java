package org.communityjourneys.voting.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Round-trip times by step, kept whole (a few hundred thousand at most), for percentiles. */
final class Timings {

    /** Every UIDL round trip, whatever the step: the figure the goal is about. */
    static final String EVERY_UIDL = "every UIDL round trip";

    private final Map<String, List<Long>> byStep = new TreeMap<>();

    synchronized void record(String step, long nanos) {
        byStep.computeIfAbsent(step, ignored -> new ArrayList<>()).add(nanos);
    }

    synchronized int count(String step) {
        return byStep.getOrDefault(step, List.of()).size();
    }

    /** The p-th percentile of a step in milliseconds (nearest rank), or -1 without samples. */
    synchronized double percentile(String step, double p) {
        List<Long> samples = new ArrayList<>(byStep.getOrDefault(step, List.of()));
        if (samples.isEmpty()) {
            return -1;
        }
        Collections.sort(samples);
        int rank = (int) Math.ceil(p / 100.0 * samples.size());
        return samples.get(Math.max(0, Math.min(samples.size() - 1, rank - 1))) / 1e6;
    }

    /** One line per step: count, p50, p95, p99, max in milliseconds. */
    synchronized String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s%n",
                "step", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (String step : byStep.keySet()) {
            table.append(String.format(Locale.ROOT, "%-28s %8d %8.1f %8.1f %8.1f %8.1f%n", step, count(step),
                    percentile(step, 50), percentile(step, 95), percentile(step, 99), percentile(step, 100)));
        }
        return table.toString();
    }
}
