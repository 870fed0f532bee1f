package org.communityjourneys.voting.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ballots at the vote's close, across nodes whose clocks differ (scripts/cluster.sh, run on the
 * database's machine so that this driver's clock is the database's):
 *
 * <pre>
 * close --jdbc URL --user U --password P --urls URL,URL [--ballots 40] [--window-millis 50] [--warm-up 100] [--rounds 3]
 * </pre>
 *
 * A round makes a journey with an open vote, signs in the residents who will vote at the close (an
 * API token each, as a resident's browser is signed in before the moment comes), casts
 * {@code warm-up} ballots on each node, twenty
 * at a time (so each node answers at its usual speed and the client holds open connections to
 * both), then moves the vote's close to three seconds from now by the database's clock and sends
 * the ballots one per resident at moments spread evenly from the close minus the window to the
 * close plus it, to the nodes in turn. A ballot confirmed although it was sent after the close, or
 * refused although its answer came before the close, breaks the rule that the database's clock
 * decides; the stored ballots must be exactly the confirmed ones. A round decides on both sides of
 * the close when some ballot sent in the window before it was confirmed and some sent after it
 * was refused; on a busy machine a round's answers may all come late, so up to {@code rounds}
 * rounds are run until one does. Exit status 1 when a rule is broken or no round decided on both
 * sides.
 */
public final class VoteCloseDriver {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private record Answer(int node, long sentMicros, long answeredMicros, int status) {
    }

    private VoteCloseDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BallotLoadDriver.options(Arrays.copyOfRange(args, 1, args.length));
        System.exit(close(options));
    }

    static int close(Map<String, String> options) throws Exception {
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("    round %d%n", round);
            Round result = round(options);
            if (result.failures() > 0) {
                return 1;
            }
            if (result.confirmedInWindow() > 0 && result.refusedInWindow() > 0) {
                System.out.printf("    round %d decided on both sides of the close%n", round);
                return 0;
            }
        }
        System.out.printf("    FAIL: no round of %d had ballots in the window decided on both sides of the close%n", rounds);
        return 1;
    }

    private record Round(int failures, int confirmedInWindow, int refusedInWindow) {
    }

    private static Round round(Map<String, String> options) throws Exception {
        List<String> urls = Arrays.asList(BallotLoadDriver.required(options, "urls").split(","));
        int count = Integer.parseInt(options.getOrDefault("ballots", "40"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "100"));
        long window = Long.parseLong(options.getOrDefault("window-millis", "50"));
        Map<String, String> preparing = new HashMap<>(options);
        preparing.put("residents", String.valueOf(count + warmUp * urls.size()));
        preparing.put("bcrypt-cost", "4");
        BallotLoadDriver.Prepared journey = BallotLoadDriver.prepareJourney(preparing);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(20, Math.min(count, 200)));
        // the residents voting at the close sign in well before it (an API token each, as the app's
        // login gives one), so that the close measures ballots, not password hashing
        List<Future<String>> signingIn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int resident = i;
            signingIn.add(senders.submit(() -> logIn(http, urls.get(resident % urls.size()), journey, resident)));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<String> token : signingIn) {
            tokens.add(token.get(2, TimeUnit.MINUTES));
        }
        int early = 0;
        for (int node = 0; node < urls.size(); node++) {
            List<Future<Integer>> warming = new ArrayList<>();
            for (int i = 0; i < warmUp; i++) {
                int nodeIndex = node;
                int resident = count + node * warmUp + i;
                warming.add(senders.submit(() -> cast(http, urls.get(nodeIndex), journey, resident, basic(journey, resident))));
            }
            int confirmedEarly = 0;
            for (Future<Integer> status : warming) {
                confirmedEarly += status.get(2, TimeUnit.MINUTES) == 201 ? 1 : 0;
            }
            early += confirmedEarly;
            System.out.printf("    node %d confirmed %d of %d ballots cast well before the close%n", node + 1, confirmedEarly, warmUp);
        }
        long closesAtMillis;
        try (Connection db = BallotLoadDriver.connect(options);
                PreparedStatement move = db.prepareStatement("""
                        with moved as (update journey set vote_closes_at = date_trunc('milliseconds', clock_timestamp())
                                + interval '3 seconds' where id = ? returning id, vote_closes_at)
                        update vote_window w set closes_at = moved.vote_closes_at from moved where w.journey_id = moved.id
                        returning cast(extract(epoch from w.closes_at) * 1000 as bigint)""")) {
            move.setObject(1, journey.journey());
            try (ResultSet rows = move.executeQuery()) {
                rows.next();
                closesAtMillis = rows.getLong(1);
            }
        }
        // the close on this machine's monotonic clock, from its wall clock (the database's)
        long closeNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(closesAtMillis - System.currentTimeMillis());
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int resident = i;
            int node = i % urls.size();
            long due = closeNanos - TimeUnit.MILLISECONDS.toNanos(window)
                    + (count == 1 ? 0 : TimeUnit.MILLISECONDS.toNanos(2 * window) * i / (count - 1));
            answers.add(senders.submit(() -> {
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(Math.min(due - System.nanoTime(), 200_000));
                }
                long sent = System.nanoTime();
                int status = cast(http, urls.get(node), journey, resident, "Bearer " + tokens.get(resident));
                return new Answer(node, (sent - closeNanos) / 1000, (System.nanoTime() - closeNanos) / 1000, status);
            }));
        }
        senders.shutdown();
        int failures = 0;
        int confirmed = 0;
        int refusedAfter = 0;
        int[][] perNode = new int[urls.size()][2];
        long lastConfirmedSent = Long.MIN_VALUE;
        long firstRefusedAnswered = Long.MAX_VALUE;
        List<Long> roundTrips = new ArrayList<>();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (Future<Answer> future : answers) {
            Answer answer = future.get(2, TimeUnit.MINUTES);
            statuses.merge(answer.status(), 1, Integer::sum);
            roundTrips.add(answer.answeredMicros() - answer.sentMicros());
            if (answer.status() == 201) {
                confirmed++;
                perNode[answer.node()][0]++;
                lastConfirmedSent = Math.max(lastConfirmedSent, answer.sentMicros());
                if (answer.sentMicros() > 0) {
                    failures++;
                    System.out.printf("    FAIL: node %d confirmed a ballot sent %.1f ms after the close%n", answer.node() + 1, answer.sentMicros() / 1000.0);
                }
            } else {
                perNode[answer.node()][1]++;
                refusedAfter += answer.sentMicros() > 0 ? 1 : 0;
                firstRefusedAnswered = Math.min(firstRefusedAnswered, answer.answeredMicros());
                if (answer.answeredMicros() < 0) {
                    failures++;
                    System.out.printf("    FAIL: node %d refused (%d) a ballot whose answer came %.1f ms before the close%n",
                            answer.node() + 1, answer.status(), -answer.answeredMicros() / 1000.0);
                }
            }
        }
        for (int node = 0; node < urls.size(); node++) {
            System.out.printf("    node %d: %d confirmed, %d refused%n", node + 1, perNode[node][0], perNode[node][1]);
        }
        roundTrips.sort(null);
        System.out.printf(Locale.ROOT, "    %d ballots sent from %d ms before the close to %d ms after: %s, %s; answers %s; round trip median %.1f ms, max %.1f ms%n",
                count, window, window,
                lastConfirmedSent == Long.MIN_VALUE ? "none confirmed"
                        : String.format(Locale.ROOT, "the last confirmed was sent %.1f ms %s the close", Math.abs(lastConfirmedSent) / 1000.0,
                                lastConfirmedSent <= 0 ? "before" : "after"),
                firstRefusedAnswered == Long.MAX_VALUE ? "none refused"
                        : String.format(Locale.ROOT, "the first refusal was answered %.1f ms %s it", Math.abs(firstRefusedAnswered) / 1000.0,
                                firstRefusedAnswered >= 0 ? "after" : "before"),
                statuses, roundTrips.get(roundTrips.size() / 2) / 1000.0, roundTrips.get(roundTrips.size() - 1) / 1000.0);
        long stored;
        try (Connection db = BallotLoadDriver.connect(options);
                PreparedStatement query = db.prepareStatement("""
                        select (select count(*) from sealed_ballot where journey_id = ?) + (select count(*) from ballot where journey_id = ?)""")) {
            query.setObject(1, journey.journey());
            query.setObject(2, journey.journey());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                stored = rows.getLong(1);
            }
        }
        long expected = confirmed + early;
        System.out.printf("    stored ballots: %d; confirmed: %d at the close and %d well before%n", stored, confirmed, early);
        if (stored != expected) {
            failures++;
            System.out.println("    FAIL: the stored ballots are not the confirmed ones");
        }
        return new Round(failures, confirmed, refusedAfter);
    }

    private static String basic(BallotLoadDriver.Prepared journey, int resident) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (journey.prefix() + "-" + resident + ":" + BallotLoadDriver.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The resident's API token from the node's login; fails the round when the login fails. */
    private static String logIn(HttpClient http, String url, BallotLoadDriver.Prepared journey, int resident) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/login")).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(journey, resident)).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login of resident " + resident + " answered " + answer.statusCode());
        }
        return token.group(1);
    }

    private static int cast(HttpClient http, String url, BallotLoadDriver.Prepared journey, int resident, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/journeys/" + journey.journey() + "/ballots"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{\"ideas\":[\"" + journey.ideas().get(resident % journey.ideas().size()) + "\"]}"))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception unreachable) {
            return -1;
        }
    }
}
