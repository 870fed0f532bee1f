package org.communityjourneys.voting.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.communityjourneys.support.LiveHeap;

/**
 * Idle residents on the ballot page (docs/benchmarks.md, "Idle sessions in a 4 GiB heap"): opens
 * {@code sessions} signed-in sessions, each a resident who logs in on the login form and opens the
 * journey's vote page over Vaadin's client protocol ({@link UidlClient}) and then does nothing, as a
 * phone left on the ballot does between heartbeats; the server keeps each session and its UI. One
 * resident first (classes loaded and caches filled once are not counted), then the live heap of the
 * app's process is read before and after ({@code jcmd GC.class_histogram}, a full collection
 * first) and divided by the sessions opened. The garbage-collection pauses while the sessions were
 * opened and held are read from the app's GC log by the script that started it.
 *
 * <pre>
 * --url URL --journey ID --prefix P --sessions N --pid APP_PID [--first 0] [--concurrency 8]
 * </pre>
 */
public final class IdleSessionDriver {

    private IdleSessionDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BallotLoadDriver.options(args);
        URI base = URI.create(BallotLoadDriver.required(options, "url").replaceAll("/*$", "/"));
        String journey = BallotLoadDriver.required(options, "journey");
        String prefix = BallotLoadDriver.required(options, "prefix");
        int sessions = Integer.parseInt(BallotLoadDriver.required(options, "sessions"));
        long pid = Long.parseLong(BallotLoadDriver.required(options, "pid"));
        int first = Integer.parseInt(options.getOrDefault("first", "0"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        String route = "journeys/" + journey + "/vote";

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(4)).build();
        Timings timings = new Timings();
        openBallot(new UidlClient(http, base), prefix + "-" + (first + sessions), route, timings);
        Map<String, long[]> before = LiveHeap.histogram(pid);

        AtomicInteger next = new AtomicInteger(first);
        AtomicInteger open = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ExecutorService residents = Executors.newFixedThreadPool(concurrency);
        for (int worker = 0; worker < concurrency; worker++) {
            residents.submit(() -> {
                for (int index = next.getAndIncrement(); index < first + sessions; index = next.getAndIncrement()) {
                    try {
                        openBallot(new UidlClient(http, base), prefix + "-" + index, route, timings);
                        int opened = open.incrementAndGet();
                        if (opened % 1000 == 0) {
                            System.out.printf(Locale.UK, "%,d sessions open (%.0f s)%n", opened, (System.nanoTime() - started) / 1e9);
                        }
                    } catch (Exception failed) {
                        String kind = failed.getClass().getSimpleName() + ": " + String.valueOf(failed.getMessage())
                                .replaceAll("\\d+", "N");
                        failures.computeIfAbsent(kind.length() > 160 ? kind.substring(0, 160) : kind,
                                ignored -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        }
        residents.shutdown();
        residents.awaitTermination(2, TimeUnit.HOURS);
        System.out.printf(Locale.UK, "%,d sessions on the ballot page opened in %.0f s, %d failed%n", open.get(),
                (System.nanoTime() - started) / 1e9, failures.values().stream().mapToInt(AtomicInteger::get).sum());
        failures.forEach((kind, count) -> System.out.println("  " + count + " x " + kind));
        System.out.print(timings.table());
        Map<String, long[]> after = LiveHeap.histogram(pid);
        System.out.print(LiveHeap.growth(before, after, Math.max(1, open.get())));
        System.exit(0); // the HTTP client's threads would keep the JVM alive
    }

    /** Logs a resident in and opens the ballot; fails unless the page shows the "Cast my vote" button. */
    private static void openBallot(UidlClient browser, String resident, String route, Timings timings) throws Exception {
        if (!browser.logIn(resident, BallotLoadDriver.PASSWORD, timings)) {
            throw new IllegalStateException("the login form refused " + resident);
        }
        browser.open(route, timings);
        if (!browser.has("cast-vote")) {
            throw new IllegalStateException("the vote page has no Cast button");
        }
    }
}
