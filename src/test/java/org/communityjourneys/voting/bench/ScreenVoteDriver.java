package org.communityjourneys.voting.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Residents voting through the Vaadin screens, played over HTTP with Vaadin Flow's own client
 * protocol ({@link UidlClient}): each resident logs in on the login form, opens the journey's vote
 * page, ticks ideas, presses "Cast my vote", confirms and reads the receipt, thinking between the
 * steps as a person does. Plain Java main, run from the test classpath against a running app whose
 * journey and residents {@code BallotLoadDriver prepare} made:
 *
 * <pre>
 * --url URL --journey ID --prefix P --residents N [--first 0] --receipts FILE
 *     [--concurrency 100] [--think-ms 3000] [--ramp-seconds 30] [--seconds 180] [--picks 2] [--seed 1]
 * </pre>
 *
 * {@code concurrency} residents are in the middle of voting at every moment: when one has read
 * their receipt the next resident (P-first, P-first+1, ...) starts, until the time is up or every
 * resident has voted. A think time is drawn evenly between half and one and a half times
 * {@code think-ms} before each step. The first residents start spread over {@code ramp-seconds}.
 * Every confirmed ballot's receipt is appended to FILE ("receipt TAB resident", flushed) for
 * {@code BallotLoadDriver check}. Prints each step's round-trip times (p50, p95, p99, max), every
 * UIDL round trip together (the goal's figure), ballots confirmed per minute, failures by kind and
 * the driver's own CPU time per confirmed ballot (it shares the machine with the app).
 */
public final class ScreenVoteDriver {

    private ScreenVoteDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BallotLoadDriver.options(args);
        URI base = URI.create(BallotLoadDriver.required(options, "url").replaceAll("/*$", "/"));
        String journey = BallotLoadDriver.required(options, "journey");
        String prefix = BallotLoadDriver.required(options, "prefix");
        int residents = Integer.parseInt(BallotLoadDriver.required(options, "residents"));
        int first = Integer.parseInt(options.getOrDefault("first", "0"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "100"));
        long thinkMillis = Long.parseLong(options.getOrDefault("think-ms", "3000"));
        double rampSeconds = Double.parseDouble(options.getOrDefault("ramp-seconds", "30"));
        long seconds = Long.parseLong(options.getOrDefault("seconds", "180"));
        int picks = Integer.parseInt(options.getOrDefault("picks", "2"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        Path receipts = Path.of(BallotLoadDriver.required(options, "receipts"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(4)).build();
        Timings timings = new Timings();
        AtomicInteger next = new AtomicInteger(first);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger confirmed = new AtomicInteger();
        AtomicIntegerArray confirmedInMinute = new AtomicIntegerArray((int) (seconds / 60) + 2);
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        String route = "journeys/" + journey + "/vote";
        long cpuBefore = processCpuNanos();

        System.out.printf(Locale.ROOT, "%d residents voting at once through the screens, think %d ms, ramp %.0f s, %d s, "
                + "%d picks, residents %s-%d..%s-%d%n", concurrency, thinkMillis, rampSeconds, seconds, picks, prefix, first,
                prefix, residents - 1);
        ExecutorService residentThreads = Executors.newFixedThreadPool(concurrency);
        try (BufferedWriter receiptFile = Files.newBufferedWriter(receipts, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (int worker = 0; worker < concurrency; worker++) {
                long delay = (long) (rampSeconds * 1000 * worker / concurrency);
                Random random = new Random(seed * 1_000_003L + worker);
                residentThreads.submit(() -> {
                    sleep(delay);
                    while (System.nanoTime() < deadline) {
                        int index = next.getAndIncrement();
                        if (index >= residents) {
                            return;
                        }
                        started.incrementAndGet();
                        String resident = prefix + "-" + index;
                        try {
                            String receipt = vote(new UidlClient(http, base), resident, route, picks, thinkMillis, random, timings);
                            synchronized (receiptFile) {
                                receiptFile.write(receipt + "\t" + resident + "\n");
                                receiptFile.flush();
                            }
                            confirmed.incrementAndGet();
                            int minute = (int) ((System.nanoTime() - start) / 60_000_000_000L);
                            confirmedInMinute.incrementAndGet(Math.min(minute, confirmedInMinute.length() - 1));
                            think(thinkMillis, random); // reads the receipt, then leaves
                        } catch (Exception failed) {
                            String kind = failed.getClass().getSimpleName() + ": " + String.valueOf(failed.getMessage())
                                    .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>").replaceAll("\\d+", "N");
                            failures.computeIfAbsent(kind.length() > 160 ? kind.substring(0, 160) : kind,
                                    ignored -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                });
            }
            residentThreads.shutdown();
            residentThreads.awaitTermination(seconds + 600, TimeUnit.SECONDS);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpuBefore;
        System.out.printf(Locale.ROOT, "%.1f s: %d residents started, %d ballots confirmed (%.1f a second), %d failed%n",
                elapsed, started.get(), confirmed.get(), confirmed.get() / elapsed,
                failures.values().stream().mapToInt(AtomicInteger::get).sum());
        List<String> minutes = new ArrayList<>();
        for (int minute = 0; minute < confirmedInMinute.length(); minute++) {
            minutes.add(String.valueOf(confirmedInMinute.get(minute)));
        }
        System.out.println("ballots confirmed in each minute: " + String.join(" ", minutes));
        failures.entrySet().stream().sorted(Collections.reverseOrder(Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(AtomicInteger::get)))).limit(8)
                .forEach(failure -> System.out.println("  failed " + failure.getValue() + "x: " + failure.getKey()));
        System.out.print(timings.table());
        System.out.printf(Locale.ROOT, "concurrency %d: every UIDL round trip p95 %.1f ms, p99 %.1f ms (%d round trips); "
                + "driver CPU %.1f ms per confirmed ballot%n", concurrency, timings.percentile(Timings.EVERY_UIDL, 95),
                timings.percentile(Timings.EVERY_UIDL, 99), timings.count(Timings.EVERY_UIDL),
                confirmed.get() == 0 ? 0.0 : cpu / 1e6 / confirmed.get());
        System.exit(0);
    }

    /** One resident's vote, from the login form to the receipt; the receipt code. */
    static String vote(UidlClient browser, String resident, String route, int picks, long thinkMillis, Random random,
            Timings timings) throws IOException, InterruptedException {
        if (!browser.logIn(resident, BallotLoadDriver.PASSWORD, timings)) {
            throw new IOException("the login form refused " + resident);
        }
        browser.open(route, timings);
        List<String> choices = new ArrayList<>(browser.idsStartingWith("pick-"));
        if (choices.isEmpty()) {
            throw new IOException("the vote page shows no idea to tick");
        }
        Collections.shuffle(choices, random);
        for (String choice : choices.subList(0, Math.min(picks, choices.size()))) {
            think(thinkMillis, random);
            browser.setChecked(choice, true, timings);
        }
        think(thinkMillis, random);
        browser.click("cast-vote", "cast (opens the confirmation)", timings);
        if (!browser.has("confirm-vote")) {
            throw new IOException("no confirmation after Cast: " + (browser.has("ballot-problem") ? browser.textOf("ballot-problem") : "?"));
        }
        think(thinkMillis / 2, random);
        browser.click("confirm-vote", "confirm (stores the ballot)", timings);
        if (!browser.has("receipt-code")) {
            throw new IOException("no receipt after confirming: " + (browser.has("ballot-problem") ? browser.textOf("ballot-problem") : "?"));
        }
        String receipt = browser.textOf("receipt-code").trim();
        if (receipt.isEmpty()) {
            throw new IOException("an empty receipt");
        }
        return receipt;
    }

    private static void think(long thinkMillis, Random random) throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis / 2 + (long) (random.nextDouble() * thinkMillis));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
