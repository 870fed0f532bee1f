package org.communityjourneys.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Another Java process's live heap by class, read with {@code jcmd PID GC.class_histogram}, which
 * runs a full collection first (so only what is still reachable is counted). For the memory
 * benchmarks: what a number of open sessions hold is the difference of two histograms.
 */
public final class LiveHeap {

    /** The key under which {@link #histogram} gives the whole heap's instances and bytes. */
    public static final String TOTAL = "Total";

    private LiveHeap() {
    }

    /** Class name to {instances, bytes} of the live heap, and {@link #TOTAL}. */
    public static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, long[]> classes = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jcmd.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                } else if (parts.length >= 3 && parts[0].equals(TOTAL)) {
                    classes.put(TOTAL, new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
            }
        }
        if (jcmd.waitFor() != 0 || !classes.containsKey(TOTAL)) {
            throw new IllegalStateException("jcmd GC.class_histogram " + pid + " gave no histogram");
        }
        return classes;
    }

    /**
     * What {@code count} sessions (or other things) opened between two histograms hold: the whole
     * growth, its share for each, and the 25 classes that grew most.
     */
    public static String growth(Map<String, long[]> before, Map<String, long[]> after, int count) {
        long grown = after.get(TOTAL)[1] - before.get(TOTAL)[1];
        StringBuilder text = new StringBuilder(String.format(Locale.UK,
                "live heap before %,d bytes, after %,d bytes: %,d bytes for %d sessions, %,d bytes (%.1f kB) a session%n",
                before.get(TOTAL)[1], after.get(TOTAL)[1], grown, count, grown / count, grown / 1024.0 / count));
        List<Map.Entry<String, long[]>> classes = new ArrayList<>(after.entrySet());
        classes.removeIf(entry -> entry.getKey().equals(TOTAL));
        classes.sort((a, b) -> Long.compare(b.getValue()[1] - before.getOrDefault(b.getKey(), new long[2])[1],
                a.getValue()[1] - before.getOrDefault(a.getKey(), new long[2])[1]));
        text.append("classes that grew most (bytes a session, instances a session):\n");
        for (Map.Entry<String, long[]> entry : classes.subList(0, Math.min(25, classes.size()))) {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            text.append(String.format(Locale.UK, "  %,10d  %8.1f  %s%n", (entry.getValue()[1] - was[1]) / count,
                    (entry.getValue()[0] - was[0]) / (double) count, entry.getKey()));
        }
        return text.toString();
    }
}
