package org.communityjourneys.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SecondFacilitator;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.domain.pabulib.PabulibFile;
import org.communityjourneys.voting.domain.pabulib.PabulibReader;
import org.communityjourneys.voting.domain.pabulib.PabulibVote;
import org.communityjourneys.voting.service.PaperEntryChecks;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attacks the secret ballot as someone with full read access to the database would: 240 ballots
 * cast concurrently over HTTP and 60 on paper, every voter with a different choice, so that a
 * pairing of voter and ballot can be checked. Each attack pairs every voter with one ballot (by
 * {@code xmin}, by physical order, by time, by insertion order, by the order of the published
 * {@code .pb} file, by receipt hash) and the test counts the correct pairs. It also reads what
 * the database holds while the vote is open, the receipt check's answers and the logs.
 *
 * <p>The bound: when an attack's order carries no information, its pairing is a uniformly random
 * permutation of distinct ballots, and the number of correct pairs is the number of fixed points of
 * a random permutation, about Poisson(1): P(at least {@value #CHANCE_BOUND} + 1) is below 1e-7,
 * so the test cannot flake, while today's leak (before the ballots were sealed and mixed) paired
 * every one of the 300.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
class BallotSecrecyTest {

    static final String PASSWORD = "a-voter-password";
    static final String QUICK_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
    static final int ONLINE = 240;
    static final int PAPER = 60;
    static final int CHANCE_BOUND = 10;

    @LocalServerPort
    int port;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    PaperEntryChecks paperChecks;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A pairing an attacker found: this resident cast a ballot with these ideas. */
    record Pair(String resident, Set<String> ideas) {
    }

    @Test
    void nothingStoredPairsAVoterWithTheirBallotBetterThanChance(CapturedOutput logs) throws Exception {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(100_000).withBallot(BallotSettings.defaults().withPicks(1, 4)),
                "facilitator"));
        UUID journeyId = journey.getId();
        List<UUID> onBallot = shortlist(journeyId, 10);
        votes.openVote(journeyId);

        List<List<UUID>> choices = distinctChoices(onBallot, ONLINE + PAPER);
        Map<String, Set<String>> truth = new LinkedHashMap<>();
        List<String> residents = new ArrayList<>();
        for (int i = 0; i < ONLINE + PAPER; i++) {
            String resident = resident();
            residents.add(resident);
            truth.put(resident, choices.get(i).stream().map(UUID::toString).collect(Collectors.toCollection(TreeSet::new)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> receipts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try {
            for (int i = 0; i < ONLINE + PAPER; i++) {
                String resident = residents.get(i);
                List<UUID> choice = choices.get(i);
                int number = i;
                Callable<String> cast = i < ONLINE
                        ? () -> castOverHttp(journeyId, resident, choice)
                        : () -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, resident, "P-" + number, BallotChoice.picking(choice), "facilitator"));
                receipts.add(pool.submit(cast));
            }
            for (Future<String> receipt : receipts) {
                assertThat(receipt.get()).isNotBlank();
                codes.add(receipt.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(votes.turnout(journeyId)).isEqualTo(ONLINE + PAPER);

        duringTheVote(journeyId, truth, onBallot, codes.get(0));

        votes.closeVote(journeyId);
        // a late paper ballot cannot join the mixed ballots, where it alone would be new
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, resident(), "P-late", BallotChoice.picking(onBallot.subList(0, 1)),
                "facilitator"))).hasMessage("The vote is not open.");
        votes.tally(journeyId);
        SecondFacilitator.confirmsTheSample(paperChecks, journeyId);
        votes.certify(journeyId, "facilitator");

        // every ballot is there, once
        assertThat(jdbc.queryForList("select content from ballot where journey_id = ?", String.class, journeyId).stream()
                .map(BallotSecrecyTest::ideasOf).toList()).containsExactlyInAnyOrderElementsOf(truth.values());

        Map<String, Integer> found = new LinkedHashMap<>();
        found.put("xmin join", correct(truth, jdbc.query("""
                select p.resident, b.content from vote_participation p
                join ballot b on b.xmin = p.xmin and b.journey_id = p.journey_id
                where p.journey_id = ?""", (row, n) -> new Pair(row.getString(1), ideasOf(row.getString(2))), journeyId)));
        found.put("ctid rank", byRank(truth, journeyId, "ctid", "ctid"));
        found.put("xmin rank", byRank(truth, journeyId, "xmin::text::bigint, ctid", "xmin::text::bigint, ctid"));
        found.put("time rank", byRank(truth, journeyId, "cast_at, ctid", timeOrderOfBallots()));
        found.put("id rank", byRank(truth, journeyId, "cast_at, ctid", "id"));
        found.put("receipt hash rank", byRank(truth, journeyId, "cast_at, ctid", "receipt_hash"));
        found.put(".pb order", pbOrder(truth, journeyId));
        System.out.println("[ballot-secrecy] correct pairs out of " + truth.size() + ": " + found);

        assertThat(found).allSatisfy((attack, pairs) -> assertThat(pairs).as(attack).isLessThanOrEqualTo(CHANCE_BOUND));

        // the receipts still find their ballots, in the published and counted set
        assertThat(codes).allSatisfy(code -> assertThat(votes.checkReceipt(journeyId, code))
                .isEqualTo(ReceiptCheck.PUBLISHED_AND_COUNTED));
        // the logs name no receipt and no ballot's choices
        assertThat(codes).noneSatisfy(code -> assertThat(logs.getAll()).contains(code));
        assertThat(choices.stream().filter(choice -> choice.size() > 1)
                .map(choice -> BallotChoice.picking(choice).asText()).toList())
                .noneSatisfy(content -> assertThat(logs.getAll()).contains(content));
        // and nothing of the open vote is left: no sealed ballot, no key
        assertThat(jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ?", Long.class, journeyId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ballot_seal_key where journey_id = ?", Long.class, journeyId)).isZero();
    }

    /**
     * While the vote is open the reader finds no plain ballot. Joining on xmin pairs every voter
     * with a sealed row, but a sealed row is ciphertext of one length for all, with no idea in it,
     * and its receipt tag is not the receipt's hash; the key is stored only wrapped.
     */
    private void duringTheVote(UUID journeyId, Map<String, Set<String>> truth, List<UUID> onBallot, String aReceipt)
            throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from ballot where journey_id = ?", Long.class, journeyId)).isZero();
        List<byte[]> sealedByXmin = jdbc.queryForList("""
                select s.sealed from vote_participation p
                join sealed_ballot s on s.xmin = p.xmin and s.journey_id = p.journey_id
                where p.journey_id = ?""", byte[].class, journeyId);
        assertThat(sealedByXmin).hasSize(truth.size());
        assertThat(sealedByXmin.stream().map(sealed -> sealed.length).distinct().toList()).hasSize(1);
        for (byte[] sealed : sealedByXmin) {
            String readable = new String(sealed, StandardCharsets.ISO_8859_1);
            assertThat(onBallot).noneSatisfy(idea -> assertThat(readable).contains(idea.toString()));
        }
        String receiptHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(aReceipt.replace("-", "").getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select count(*) from sealed_ballot where receipt_tag = ?", Long.class, receiptHash)).isZero();
        byte[] wrapped = jdbc.queryForObject("select wrapped_key from ballot_seal_key where journey_id = ?", byte[].class, journeyId);
        assertThat(wrapped).hasSizeGreaterThan(64);

        // the receipt check, for anyone, says the ballot is in the box, never what it chose
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/journeys/"
                + journeyId + "/receipts/" + aReceipt)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("SEALED");
        assertThat(onBallot).noneSatisfy(idea -> assertThat(check.body()).contains(idea.toString()));
    }

    /** Ranks voters by their participation row and ballots by the given order, and pairs rank with rank. */
    private int byRank(Map<String, Set<String>> truth, UUID journeyId, String participationOrder, String ballotOrder) {
        List<String> voters = jdbc.queryForList("select resident from vote_participation where journey_id = ? order by "
                + participationOrder, String.class, journeyId);
        List<Set<String>> ballots = jdbc.queryForList("select content from ballot where journey_id = ? order by "
                + ballotOrder, String.class, journeyId).stream().map(BallotSecrecyTest::ideasOf).toList();
        return correct(truth, zip(voters, ballots));
    }

    /** Any time kept with a ballot, else its physical order. */
    private String timeOrderOfBallots() {
        List<String> times = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = 'ballot' and data_type like 'timestamp%' order by column_name""", String.class);
        return times.isEmpty() ? "ctid" : String.join(", ", times) + ", ctid";
    }

    /** The published file's order (voter 1, 2, ...) against the order in which people voted. */
    private int pbOrder(Map<String, Set<String>> truth, UUID journeyId) {
        List<String> voters = jdbc.queryForList("select resident from vote_participation where journey_id = ? order by cast_at, ctid",
                String.class, journeyId);
        PabulibFile file = PabulibReader.read(votes.exportPabulib(journeyId));
        List<Set<String>> ballots = file.votes().stream().map(PabulibVote::vote).map(v -> (Set<String>) new TreeSet<>(v)).toList();
        return correct(truth, zip(voters, ballots));
    }

    private static List<Pair> zip(List<String> voters, List<Set<String>> ballots) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(voters.size(), ballots.size()); i++) {
            pairs.add(new Pair(voters.get(i), ballots.get(i)));
        }
        return pairs;
    }

    private static int correct(Map<String, Set<String>> truth, List<Pair> pairs) {
        return (int) pairs.stream().filter(pair -> pair.ideas().equals(truth.get(pair.resident()))).count();
    }

    static Set<String> ideasOf(String content) {
        return BallotChoice.parse(content).ideas().stream().map(UUID::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Different sets of 1 to 4 of the ideas (there are 385 of 10), in a random order. */
    private static List<List<UUID>> distinctChoices(List<UUID> onBallot, int count) {
        List<List<UUID>> all = new ArrayList<>();
        for (int mask = 1; mask < (1 << onBallot.size()); mask++) {
            if (Integer.bitCount(mask) <= 4) {
                List<UUID> picked = new ArrayList<>();
                for (int i = 0; i < onBallot.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        picked.add(onBallot.get(i));
                    }
                }
                all.add(picked);
            }
        }
        Collections.shuffle(all, new Random(17));
        return all.subList(0, count);
    }

    private List<UUID> shortlist(UUID journeyId, int count) {
        ideas.openWindow(journeyId);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IdeaDraft draft = new IdeaDraft("Idea " + i, "Something for the ward.", 10_000 + i,
                    Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org");
            ids.add(SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, draft, "resident")));
        }
        ideas.closeWindow(journeyId, true);
        ids.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        return ids;
    }

    private String resident() {
        String username = "secret-voter-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureAccount(username, "Voter", PASSWORD, Set.of(Role.RESIDENT), Journeys.WARD, true);
        jdbc.update("update user_account set password_hash = ? where username = ?", QUICK_HASH, username);
        return username;
    }

    private String castOverHttp(UUID journeyId, String username, List<UUID> choice) throws Exception {
        String json = "{\"ideas\":[" + choice.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/journeys/" + journeyId + "/ballots"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
    }
}
