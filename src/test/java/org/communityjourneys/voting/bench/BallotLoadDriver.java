// Over 400 lines: a stand-alone load driver (flat-out and paced modes, logins, latency statistics) with no test framework.
package org.communityjourneys.voting.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Casts ballots over HTTP ({@code POST /api/journeys/{id}/ballots}) against a running app, for
 * the load measurement and the kill -9 test. Plain Java main, run from the test classpath:
 *
 * <pre>
 * prepare --jdbc URL --residents N [--prefix P] [--bcrypt-cost 10]
 *     creates, straight in the database, a journey in Leominster East whose vote is open, three
 *     shortlisted ideas and N verified residents P-0 .. P-(N-1) with the password "bench-password";
 *     prints "journey=ID ideas=ID,ID,ID prefix=P"
 * load --url URL --journey ID --ideas ID,ID --prefix P --residents N [--first 0] [--clients 20] [--seconds 60]
 *         [--tokens FILE] [--rate R]
 *     each client casts one ballot per resident, each resident once (P-first .. P-(N-1)), for the
 *     given time (or until every resident has voted); prints throughput, p50, p99, the driver's
 *     own CPU time per answer, the ballots confirmed in each minute and in the slowest 10 seconds,
 *     and every answer that was not 201. With a rate, ballots are offered at R per second in all
 *     (ballot k is due k/R seconds after the start), and each answer's time is measured from the
 *     moment its ballot was due, so a ballot that had to wait for a free client counts its wait
 * login --url URL --prefix P --residents N [--first 0] [--clients 20] --tokens FILE
 *     logs residents P-first .. P-(N-1) in once each (POST /api/login, HTTP Basic) and writes
 *     "resident TAB token" lines to FILE; prints logins per second, p50, p99 and the driver's CPU
 *     per login. Then "load ... --tokens FILE" casts with those tokens (Bearer) instead of a
 *     password on every ballot, so that a ballot's cost is measured apart from the login's.
 * cast --url URL --journey ID --ideas ID,ID --prefix P --residents N --receipts FILE [--clients 4]
 *         [--seconds S] [--keep-going true]
 *     as load, appending "receipt TAB resident" to FILE (flushed) for every 201, until the app
 *     stops answering (or, with --keep-going, through a load balancer, for S seconds whatever
 *     happens to a node or the database); prints the seconds without a confirmed ballot
 * check --jdbc URL --url URL --journey ID --receipts FILE
 *     every receipt in FILE is in the database exactly once (a mixed ballot by its receipt hash in
 *     the ballot table; a sealed one, while the vote is open, through the app's receipt check
 *     GET /api/journeys/{id}/receipts/{code}, since only the app can compute its tag), and the
 *     ballots stored (sealed and mixed) are as many as the voters recorded; exit status 1 otherwise
 * </pre>
 */
public final class BallotLoadDriver {

    public static final String PASSWORD = "bench-password";
    static final String WARD = "E05009468";

    private BallotLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: prepare|login|load|cast|check [options] (see the Javadoc)");
            System.exit(2);
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "prepare" -> prepare(options);
            case "login" -> login(options);
            case "load" -> load(options, null);
            case "cast" -> load(options, Path.of(required(options, "receipts")));
            case "check" -> System.exit(check(options));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    public static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            System.err.println("missing --" + name);
            System.exit(2);
        }
        return value;
    }

    public static Connection connect(Map<String, String> options) throws Exception {
        return DriverManager.getConnection(required(options, "jdbc"), options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", "postgres"));
    }

    // ------------------------------------------------------------------------------------ prepare

    /** A journey made by {@link #prepare}: its id, its shortlisted ideas and its residents' name prefix. */
    public record Prepared(UUID journey, List<UUID> ideas, String prefix) {
    }

    static void prepare(Map<String, String> options) throws Exception {
        Prepared prepared = prepareJourney(options);
        System.out.println("journey=" + prepared.journey() + " ideas=" + String.join(",", prepared.ideas().stream().map(UUID::toString).toList())
                + " prefix=" + prepared.prefix());
    }

    public static Prepared prepareJourney(Map<String, String> options) throws Exception {
        int residents = Integer.parseInt(required(options, "residents"));
        String prefix = options.getOrDefault("prefix", "bench-" + UUID.randomUUID().toString().substring(0, 6));
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(Integer.parseInt(options.getOrDefault("bcrypt-cost", "10")))
                .encode(PASSWORD);
        UUID journey = UUID.randomUUID();
        List<UUID> ideas = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Instant now = Instant.now();
        try (Connection db = connect(options)) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into journey (id, title, theme, budget_pence, ideas_close_at, vote_opens_at, vote_closes_at,
                        stage, launched_by, launched_at) values (?, ?, 'BEST_START_IN_LIFE', 500000, ?, ?, ?, 'VOTE', 'bench', ?)""")) {
                insert.setObject(1, journey);
                insert.setString(2, "Load test " + prefix);
                insert.setTimestamp(3, Timestamp.from(now.minus(Duration.ofHours(2))));
                insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofHours(1))));
                insert.setTimestamp(5, Timestamp.from(now.plus(Duration.ofDays(30))));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into journey_ward (journey_id, ward_code) values (?, ?)")) {
                insert.setObject(1, journey);
                insert.setString(2, WARD);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into idea (id, journey_id, ward_code, title, description, estimated_cost_pence, theme, author,
                        status, submitted_at) values (?, ?, ?, ?, 'For the load test.', 50000, 'BEST_START_IN_LIFE', 'bench',
                        'SHORTLISTED', ?)""")) {
                for (int i = 0; i < ideas.size(); i++) {
                    insert.setObject(1, ideas.get(i));
                    insert.setObject(2, journey);
                    insert.setString(3, WARD);
                    insert.setString(4, "Load test idea " + (i + 1));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // the ideas window closed and its shortlist confirmed, as in a journey that reached its vote
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into ideas_window (journey_id, opened_at, closed_at, shortlist_confirmed_at, shortlist_confirmed_by)
                    values (?, ?, ?, ?, 'bench')""")) {
                insert.setObject(1, journey);
                insert.setTimestamp(2, Timestamp.from(now.minus(Duration.ofHours(3))));
                insert.setTimestamp(3, Timestamp.from(now.minus(Duration.ofHours(2))));
                insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofHours(1))));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into vote_window (journey_id, opened_at, closes_at) values (?, ?, ?)")) {
                insert.setObject(1, journey);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setTimestamp(3, Timestamp.from(now.plus(Duration.ofDays(30))));
                insert.executeUpdate();
            }
            try (PreparedStatement account = db.prepareStatement("""
                    insert into user_account (id, username, display_name, password_hash, ward_code, verified, enabled, created_at)
                    values (?, ?, 'Load test resident', ?, ?, true, true, ?)""");
                    PreparedStatement role = db.prepareStatement("insert into user_account_role (user_id, role) values (?, 'RESIDENT')")) {
                for (int i = 0; i < residents; i++) {
                    UUID id = UUID.randomUUID();
                    account.setObject(1, id);
                    account.setString(2, (prefix + "-" + i).toLowerCase(Locale.ROOT));
                    account.setString(3, hash);
                    account.setString(4, WARD);
                    account.setTimestamp(5, Timestamp.from(now));
                    account.addBatch();
                    role.setObject(1, id);
                    role.addBatch();
                    if (i % 1000 == 999) {
                        account.executeBatch();
                        role.executeBatch();
                    }
                }
                account.executeBatch();
                role.executeBatch();
            }
            db.commit();
        }
        return new Prepared(journey, ideas, prefix.toLowerCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------------------------ load and cast

    static void load(Map<String, String> options, Path receipts) throws Exception {
        String url = required(options, "url");
        String journey = required(options, "journey");
        List<String> ideas = Arrays.asList(required(options, "ideas").split(","));
        String prefix = required(options, "prefix");
        int residents = Integer.parseInt(required(options, "residents"));
        int clients = Integer.parseInt(options.getOrDefault("clients", receipts == null ? "20" : "4"));
        long seconds = Long.parseLong(options.getOrDefault("seconds", receipts == null ? "60" : "3600"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        int first = Integer.parseInt(options.getOrDefault("first", "0"));
        // through a load balancer a node or the database may go away and come back: keep casting
        boolean keepGoing = Boolean.parseBoolean(options.getOrDefault("keep-going", "false"));
        // jdk: the JDK's HttpClient; socket: one kept-alive socket per client (KeepAliveConnection), far less CPU
        boolean leanClient = "socket".equals(options.getOrDefault("client", "jdk"));
        java.util.concurrent.atomic.AtomicIntegerArray confirmedInSecond =
                new java.util.concurrent.atomic.AtomicIntegerArray((int) seconds + 130);
        // by the second a ballot was sent (or due): how many took over 250 ms, and the longest
        java.util.concurrent.atomic.AtomicIntegerArray slowInSecond =
                new java.util.concurrent.atomic.AtomicIntegerArray((int) seconds + 130);
        java.util.concurrent.atomic.AtomicLongArray longestInSecond =
                new java.util.concurrent.atomic.AtomicLongArray((int) seconds + 130);
        URI target = URI.create(url + "/api/journeys/" + journey + "/ballots");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger(first);
        List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicInteger connectionFailures = new AtomicInteger();
        BufferedWriter out = receipts == null ? null : Files.newBufferedWriter(receipts, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Map<String, String> tokens = new HashMap<>();
        if (options.containsKey("tokens")) {
            for (String line : Files.readAllLines(Path.of(options.get("tokens")))) {
                String[] fields = line.split("\t");
                if (fields.length == 2) {
                    tokens.put(fields[0], fields[1]);
                }
            }
        }
        Duration cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        // the driver's own code warmed first, on requests that cast nothing (GET /actuator/health), so
        // that its first seconds of casting are not a cold JVM's (the ballots' times start after it)
        long driverWarmUp = leanClient ? TimeUnit.SECONDS.toNanos(Long.parseLong(options.getOrDefault("driver-warm-up", "10"))) : 0;
        long started = System.nanoTime() + driverWarmUp;
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                java.util.Random random = new java.util.Random();
                try (KeepAliveConnection connection = new KeepAliveConnection(target, 30_000)) {
                    while (System.nanoTime() < started) {
                        connection.get("/actuator/health");
                    }
                    while (System.nanoTime() < deadline) {
                        int index = next.getAndIncrement();
                        if (index >= residents) {
                            return null;
                        }
                        String resident = prefix + "-" + index;
                        String authorization;
                        if (tokens.isEmpty()) {
                            authorization = "Basic " + Base64.getEncoder().encodeToString(
                                    (resident + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                        } else if (tokens.containsKey(resident)) {
                            authorization = "Bearer " + tokens.get(resident);
                        } else {
                            System.err.println("no token for " + resident + ": log more residents in first");
                            return null;
                        }
                        String body = "{\"ideas\":[\"" + ideas.get(random.nextInt(ideas.size())) + "\"]}";
                        HttpRequest request = leanClient ? null : HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("Authorization", authorization)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long sent = System.nanoTime();
                        if (rate > 0) {
                            long due = started + (long) ((index - first) * 1e9 / rate);
                            if (due >= deadline) {
                                return null;
                            }
                            while (System.nanoTime() < due) {
                                java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                            }
                            sent = due;
                        }
                        KeepAliveConnection.Answer response;
                        try {
                            if (leanClient) {
                                response = connection.postJson(target.getRawPath(), authorization, body);
                            } else {
                                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                                response = new KeepAliveConnection.Answer(answer.statusCode(), answer.body());
                            }
                        } catch (IOException unreachable) {
                            connectionFailures.incrementAndGet();
                            if (receipts != null && !keepGoing) {
                                return null; // the app is gone: stop this client
                            }
                            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                            continue;
                        }
                        long took = (System.nanoTime() - sent) / 1_000;
                        micros.add(took);
                        int sentSecond = (int) Math.max(0, (sent - started) / 1_000_000_000L);
                        if (sentSecond < slowInSecond.length() && took > SLOW_MICROS) {
                            slowInSecond.incrementAndGet(sentSecond);
                            longestInSecond.accumulateAndGet(sentSecond, took, Math::max);
                        }
                        if (response.status() == 201) {
                            int second = (int) ((System.nanoTime() - started) / 1_000_000_000L);
                            if (second < confirmedInSecond.length()) {
                                confirmedInSecond.incrementAndGet(second);
                            }
                            if (out != null) {
                                String receipt = response.body().replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
                                synchronized (out) {
                                    out.write(receipt + "\t" + resident + "\n");
                                    out.flush();
                                }
                            }
                        } else {
                            String answer = response.body().length() > 160 ? response.body().substring(0, 160) + "..." : response.body();
                            refusals.computeIfAbsent(response.status() + " " + answer, key -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (out != null) {
            out.close();
        }
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(Long::compare);
        int refused = refusals.values().stream().mapToInt(AtomicInteger::get).sum();
        int cast = sorted.size() - refused;
        System.out.printf(Locale.ROOT, "clients=%d seconds=%.1f ballots=%d throughput=%.1f/s p50=%.1fms p99=%.1fms "
                        + "refused=%d connection-failures=%d%n", clients, elapsed, cast, cast / elapsed,
                percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0, refused, connectionFailures.get());
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
        System.out.printf(Locale.ROOT, "driver CPU per answer: %.2f ms%n", sorted.isEmpty() ? 0.0 : cpu.toNanos() / 1e6 / sorted.size());
        printSteadiness(confirmedInSecond, elapsed);
        printSlowSeconds(slowInSecond, longestInSecond);
        new TreeMap<>(refusals).forEach((answer, count) -> System.out.println("  " + count + " x " + answer));
    }

    private static final long SLOW_MICROS = 250_000;

    /** The seconds of the run (counted from its start) in which most ballots sent took over 250 ms. */
    private static void printSlowSeconds(java.util.concurrent.atomic.AtomicIntegerArray slowInSecond,
            java.util.concurrent.atomic.AtomicLongArray longestInSecond) {
        List<Integer> slow = new ArrayList<>();
        for (int second = 0; second < slowInSecond.length(); second++) {
            if (slowInSecond.get(second) > 0) {
                slow.add(second);
            }
        }
        slow.sort((a, b) -> Integer.compare(slowInSecond.get(b), slowInSecond.get(a)));
        System.out.printf(Locale.ROOT, "seconds with a ballot over 250 ms: %d%n", slow.size());
        for (int second : slow.subList(0, Math.min(10, slow.size()))) {
            System.out.printf(Locale.ROOT, "  second %d: %d over 250 ms, longest %.0f ms%n", second, slowInSecond.get(second),
                    longestInSecond.get(second) / 1000.0);
        }
    }

    /** Ballots confirmed in each whole minute of the run, and the fewest in any whole 10 seconds. */
    private static void printSteadiness(java.util.concurrent.atomic.AtomicIntegerArray confirmedInSecond, double elapsed) {
        int wholeSeconds = (int) Math.min(elapsed, confirmedInSecond.length());
        StringBuilder minutes = new StringBuilder("confirmed per minute:");
        for (int minute = 0; (minute + 1) * 60 <= wholeSeconds; minute++) {
            int sum = 0;
            for (int second = minute * 60; second < (minute + 1) * 60; second++) {
                sum += confirmedInSecond.get(second);
            }
            minutes.append(' ').append(sum);
        }
        System.out.println(minutes);
        int slowest = Integer.MAX_VALUE;
        for (int start = 0; start + 10 <= wholeSeconds; start += 10) {
            int sum = 0;
            for (int second = start; second < start + 10; second++) {
                sum += confirmedInSecond.get(second);
            }
            slowest = Math.min(slowest, sum);
        }
        if (slowest != Integer.MAX_VALUE) {
            System.out.printf(Locale.ROOT, "slowest 10 s: %.1f ballots/s%n", slowest / 10.0);
        }
        // the seconds, between the first and the last confirmation, in which no ballot was confirmed:
        // what a voter saw of an outage
        int firstConfirmed = -1;
        int lastConfirmed = -1;
        for (int second = 0; second < wholeSeconds; second++) {
            if (confirmedInSecond.get(second) > 0) {
                firstConfirmed = firstConfirmed < 0 ? second : firstConfirmed;
                lastConfirmed = second;
            }
        }
        int without = 0;
        int longest = 0;
        int run = 0;
        for (int second = Math.max(firstConfirmed, 0); second <= lastConfirmed; second++) {
            if (confirmedInSecond.get(second) == 0) {
                without++;
                longest = Math.max(longest, ++run);
            } else {
                run = 0;
            }
        }
        System.out.printf(Locale.ROOT, "seconds without a confirmed ballot: %d (longest run %d s)%n", without, longest);
    }

    /** Logs residents first .. N-1 in (POST /api/login) and writes "resident TAB token" lines. */
    static void login(Map<String, String> options) throws Exception {
        String url = required(options, "url");
        String prefix = required(options, "prefix");
        int residents = Integer.parseInt(required(options, "residents"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "20"));
        Path file = Path.of(required(options, "tokens"));
        URI target = URI.create(url + "/api/login");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger(Integer.parseInt(options.getOrDefault("first", "0")));
        List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, String> tokens = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        Duration cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int index = next.getAndIncrement(); index < residents; index = next.getAndIncrement()) {
                    String resident = prefix + "-" + index;
                    HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    (resident + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.noBody()).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        micros.add((System.nanoTime() - sent) / 1_000);
                        if (response.statusCode() == 200) {
                            tokens.put(resident, response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (IOException unreachable) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
        List<String> lines = new ArrayList<>();
        tokens.forEach((resident, token) -> lines.add(resident + "\t" + token));
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(Long::compare);
        System.out.printf(Locale.ROOT, "logins=%d seconds=%.1f throughput=%.1f/s p50=%.1fms p99=%.1fms failures=%d "
                        + "driver-cpu-per-login=%.2fms%n", tokens.size(), elapsed, tokens.size() / elapsed,
                percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0, failures.get(),
                sorted.isEmpty() ? 0.0 : cpu.toNanos() / 1e6 / sorted.size());
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    // ------------------------------------------------------------------------------------ check

    static int check(Map<String, String> options) throws Exception {
        UUID journey = UUID.fromString(required(options, "journey"));
        List<String> lines = Files.readAllLines(Path.of(required(options, "receipts")));
        int missing = 0;
        int duplicated = 0;
        try (Connection db = connect(options);
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from ballot where journey_id = ? and receipt_hash = ?")) {
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                String receipt = line.split("\t")[0];
                count.setObject(1, journey);
                count.setString(2, hash(receipt));
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    long found = rows.getLong(1);
                    if (found == 0 && sealedInTheApp(options, journey, receipt)) {
                        continue;
                    }
                    if (found == 0) {
                        missing++;
                        System.out.println("MISSING " + line);
                    } else if (found > 1) {
                        duplicated++;
                        System.out.println("DUPLICATED " + line);
                    }
                }
            }
            long ballots;
            long voters;
            try (PreparedStatement all = db.prepareStatement("select (select count(*) from ballot where journey_id = ?)"
                    + " + (select count(*) from sealed_ballot where journey_id = ?)")) {
                all.setObject(1, journey);
                all.setObject(2, journey);
                try (ResultSet rows = all.executeQuery()) {
                    rows.next();
                    ballots = rows.getLong(1);
                }
            }
            try (PreparedStatement all = db.prepareStatement("select count(*) from vote_participation where journey_id = ?")) {
                all.setObject(1, journey);
                try (ResultSet rows = all.executeQuery()) {
                    rows.next();
                    voters = rows.getLong(1);
                }
            }
            System.out.println("confirmed receipts=" + lines.stream().filter(l -> !l.isBlank()).count() + " missing=" + missing
                    + " duplicated=" + duplicated + " ballots stored=" + ballots + " voters recorded=" + voters);
            if (ballots != voters) {
                System.out.println("MISMATCH: ballots and voters differ");
                return 1;
            }
        }
        return missing == 0 && duplicated == 0 ? 0 : 1;
    }

    /** Whether the app's receipt check finds the ballot sealed in the open vote. */
    static boolean sealedInTheApp(Map<String, String> options, UUID journey, String receipt) throws Exception {
        String url = options.get("url");
        if (url == null) {
            return false;
        }
        HttpRequest ask = HttpRequest.newBuilder(URI.create(url + "/api/journeys/" + journey + "/receipts/" + receipt))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newHttpClient().send(ask, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException slow) {
            // a slow answer is not a lost ballot: say so loudly and ask once more (once only)
            System.out.println("SLOW receipt check (no answer in 30 s), asking again: " + receipt);
            answer = HttpClient.newHttpClient().send(ask, HttpResponse.BodyHandlers.ofString());
        }
        if (answer.statusCode() != 200 && answer.statusCode() != 404) {
            throw new IllegalStateException("The receipt check answered " + answer.statusCode() + " " + answer.body());
        }
        return answer.statusCode() == 200 && answer.body().contains("\"SEALED\"");
    }

    /** As BallotBox: SHA-256 of the code in capitals without spaces or dashes. */
    static String hash(String receipt) throws Exception {
        String normal = receipt.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    }
}
