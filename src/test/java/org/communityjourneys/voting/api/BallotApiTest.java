package org.communityjourneys.voting.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * POST /api/journeys/{id}/ballots over real HTTP with HTTP Basic or a token from POST /api/login:
 * receipts, clear JSON refusals with nothing stored, and 1,000 concurrent submissions for one
 * resident storing one ballot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BallotApiTest {

    static final String PASSWORD = "a-voter-password";
    /** Cost 4 keeps 1,000 logins quick; the stored hash names its own cost, as real ones do. */
    static final String QUICK_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private record OpenVote(UUID journeyId, List<UUID> ideas) {
    }

    private OpenVote openVote(LaunchPlan plan, long... costs) {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(plan, "facilitator"));
        ideas.openWindow(journey.getId());
        List<UUID> ids = new ArrayList<>();
        for (long cost : costs) {
            ids.add(SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Idea costing " + cost, "Something for the ward.", cost,
                    Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"), "resident")));
        }
        ideas.closeWindow(journey.getId(), true);
        ids.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journey.getId(), "facilitator", null);
        votes.openVote(journey.getId());
        return new OpenVote(journey.getId(), ids);
    }

    private String resident(String ward, boolean verified) {
        String username = "api-voter-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureAccount(username, "Voter", PASSWORD, Set.of(Role.RESIDENT), ward, verified);
        jdbc.update("update user_account set password_hash = ? where username = ?", QUICK_HASH, username);
        return username;
    }

    private HttpResponse<String> post(UUID journeyId, String username, String password, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/journeys/" + journeyId + "/ballots"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postWithToken(String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ticks(UUID... ideas) {
        List<String> quoted = new ArrayList<>();
        for (UUID idea : ideas) {
            quoted.add("\"" + idea + "\"");
        }
        return "{\"ideas\":[" + String.join(",", quoted) + "]}";
    }

    /** Ballots sealed (the vote is open) or mixed (it has closed). */
    private long stored(UUID journeyId) {
        return jdbc.queryForObject("select (select count(*) from ballot where journey_id = ?)"
                + " + (select count(*) from sealed_ballot where journey_id = ?)", Long.class, journeyId, journeyId);
    }

    private HttpResponse<String> checkReceipt(UUID journeyId, String receipt) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/journeys/" + journeyId
                + "/receipts/" + receipt)).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aResidentCastsABallotAndGetsAReceipt() throws Exception {
        OpenVote vote = openVote(Journeys.plan(500_000), 80_000, 90_000);
        String voter = resident(Journeys.WARD, true);

        HttpResponse<String> cast = post(vote.journeyId(), voter, PASSWORD, ticks(vote.ideas().get(0)));

        assertThat(cast.statusCode()).isEqualTo(201);
        String receipt = cast.body().replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> check = checkReceipt(vote.journeyId(), receipt);
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("\"status\":\"SEALED\"").contains("\"counted\":false")
                .doesNotContain(vote.ideas().get(0).toString());
        assertThat(checkReceipt(vote.journeyId(), "ZZZZ-ZZZZ-ZZZZ").statusCode()).isEqualTo(404);
        HttpResponse<String> again = post(vote.journeyId(), voter, PASSWORD, ticks(vote.ideas().get(1)));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains(VoteService.ALREADY_VOTED);
        assertThat(stored(vote.journeyId())).isEqualTo(1);
    }

    @Test
    void aResidentLogsInOnceAndCastsWithTheToken() throws Exception {
        OpenVote vote = openVote(Journeys.plan(500_000), 80_000, 90_000);
        String voter = resident(Journeys.WARD, true);

        assertThat(login(voter, "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> login = login(voter, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"validForSeconds\":1800");
        String token = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String ballotPath = "/api/journeys/" + vote.journeyId() + "/ballots";

        HttpResponse<String> spoilt = postWithToken(ballotPath, token + "x", ticks(vote.ideas().get(0)));
        assertThat(spoilt.statusCode()).isEqualTo(401);
        assertThat(spoilt.body()).contains("log in again");
        assertThat(postWithToken("/api/login", token, "").statusCode()).isEqualTo(401);
        assertThat(stored(vote.journeyId())).isZero();

        HttpResponse<String> cast = postWithToken(ballotPath, token, ticks(vote.ideas().get(1)));
        assertThat(cast.statusCode()).isEqualTo(201);
        String receipt = cast.body().replaceAll(".*\"receipt\":\"([^\"]+)\".*", "$1");
        assertThat(votes.checkReceipt(vote.journeyId(), receipt)).isEqualTo(ReceiptCheck.SEALED);
        HttpResponse<String> again = postWithToken(ballotPath, token, ticks(vote.ideas().get(0)));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains(VoteService.ALREADY_VOTED);

        // the token still meets every rule: an account switched off after logging in cannot vote
        OpenVote other = openVote(Journeys.plan(500_000), 70_000);
        jdbc.update("update user_account set enabled = false where username = ?", voter);
        HttpResponse<String> switchedOff = postWithToken("/api/journeys/" + other.journeyId() + "/ballots", token,
                ticks(other.ideas().get(0)));
        assertThat(switchedOff.statusCode()).isEqualTo(403);
        assertThat(stored(other.journeyId())).isZero();
    }

    /**
     * A token signs the request in with the account as it is at that request, read once: its ward,
     * verification, roles and paper twin are never remembered from the login or an earlier ballot.
     */
    @Test
    void aTokenVotesWithTheAccountAsItIsAtEachRequest() throws Exception {
        OpenVote vote = openVote(Journeys.plan(500_000), 80_000);
        String ballotPath = "/api/journeys/" + vote.journeyId() + "/ballots";
        String ballot = ticks(vote.ideas().get(0));
        String voter = resident(Journeys.WARD, true);
        HttpResponse<String> login = login(voter, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        String token = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        jdbc.update("update user_account set ward_code = 'E05009438' where username = ?", voter);
        HttpResponse<String> moved = postWithToken(ballotPath, token, ballot);
        assertThat(moved.statusCode()).isEqualTo(403);
        assertThat(moved.body()).contains("Only residents of this journey's wards can vote in it.");
        jdbc.update("update user_account set ward_code = ?, verified = false where username = ?", Journeys.WARD, voter);
        HttpResponse<String> unverified = postWithToken(ballotPath, token, ballot);
        assertThat(unverified.statusCode()).isEqualTo(403);
        assertThat(unverified.body()).contains("Only verified residents can vote");
        jdbc.update("update user_account set verified = true where username = ?", voter);
        jdbc.update("delete from user_account_role where user_id = (select id from user_account where username = ?)", voter);
        assertThat(postWithToken(ballotPath, token, ballot).statusCode()).isEqualTo(403);
        assertThat(stored(vote.journeyId())).isZero();

        // matched to a paper record that has voted: the twin is read with the sign-in too
        jdbc.update("insert into user_account_role (user_id, role) select id, 'RESIDENT' from user_account where username = ?", voter);
        String paper = resident(Journeys.WARD, true);
        jdbc.update("update user_account set paper_only = true where username = ?", paper);
        jdbc.update("update user_account set paper_twin = (select id from user_account where username = ?) where username = ?",
                paper, voter);
        jdbc.update("insert into vote_participation (journey_id, resident, channel, paper_number, entered_by, cast_at)"
                + " values (?, ?, 'PAPER', 'P-1', 'facilitator', now())", vote.journeyId(), paper);
        HttpResponse<String> onPaper = postWithToken(ballotPath, token, ballot);
        assertThat(onPaper.statusCode()).isEqualTo(409);
        assertThat(onPaper.body()).contains("You have already voted in this journey on paper");
        assertThat(stored(vote.journeyId())).isZero();

        jdbc.update("update user_account set paper_twin = null where username = ?", voter);
        assertThat(postWithToken(ballotPath, token, ballot).statusCode()).isEqualTo(201);
        assertThat(stored(vote.journeyId())).isEqualTo(1);
    }

    @Test
    void refusalsAreClearJsonAndStoreNothing() throws Exception {
        OpenVote vote = openVote(Journeys.plan(200_000).withBallot(
                BallotSettings.defaults().withFormat(BallotFormat.KNAPSACK).withPicks(1, 1)), 120_000, 90_000);
        UUID a = vote.ideas().get(0);
        UUID b = vote.ideas().get(1);
        String voter = resident(Journeys.WARD, true);

        assertThat(post(vote.journeyId(), null, null, ticks(a)).statusCode()).isEqualTo(401);
        assertThat(post(vote.journeyId(), voter, "wrong", ticks(a)).statusCode()).isEqualTo(401);
        HttpResponse<String> overBudget = post(vote.journeyId(), voter, PASSWORD, ticks(a, b));
        assertThat(overBudget.statusCode()).isEqualTo(400);
        assertThat(overBudget.body()).contains("Your choices cost £2,100, more than the budget of £2,000.");
        HttpResponse<String> tooFew = post(vote.journeyId(), voter, PASSWORD, ticks());
        assertThat(tooFew.statusCode()).isEqualTo(400);
        assertThat(tooFew.body()).contains("Choose at least 1 idea.");
        assertThat(post(vote.journeyId(), voter, PASSWORD, "{\"ideas\": [\"not an id\"]}").statusCode()).isEqualTo(400);
        HttpResponse<String> unverified = post(vote.journeyId(), resident(Journeys.WARD, false), PASSWORD, ticks(a));
        assertThat(unverified.statusCode()).isEqualTo(403);
        assertThat(unverified.body()).contains("Only verified residents can vote");
        HttpResponse<String> elsewhere = post(vote.journeyId(), resident("E05009438", true), PASSWORD, ticks(a));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("Only residents of this journey's wards can vote in it.");
        assertThat(post(UUID.randomUUID(), voter, PASSWORD, ticks(a)).statusCode()).isEqualTo(404);
        assertThat(stored(vote.journeyId())).isZero();
        assertThat(votes.turnout(vote.journeyId())).isZero();

        votes.closeVote(vote.journeyId());
        HttpResponse<String> closed = post(vote.journeyId(), voter, PASSWORD, ticks(a));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("The vote is not open.");
        assertThat(stored(vote.journeyId())).isZero();
    }

    @Test
    void aThousandConcurrentSubmissionsForOneResidentStoreExactlyOneBallot() throws Exception {
        OpenVote vote = openVote(Journeys.plan(500_000), 80_000, 90_000);
        String voter = resident(Journeys.WARD, true);
        String ballot = ticks(vote.ideas().get(0));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 1_000; i++) {
                answers.add(pool.submit(() -> post(vote.journeyId(), voter, PASSWORD, ballot)));
            }
            int receipts = 0;
            int alreadyVoted = 0;
            List<String> other = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 201) {
                    receipts++;
                } else if (response.statusCode() == 409 && response.body().contains(VoteService.ALREADY_VOTED)) {
                    alreadyVoted++;
                } else {
                    other.add(response.statusCode() + " " + response.body());
                }
            }
            assertThat(other).isEmpty();
            assertThat(receipts).isEqualTo(1);
            assertThat(alreadyVoted).isEqualTo(999);
        } finally {
            pool.shutdownNow();
        }
        assertThat(votes.turnout(vote.journeyId())).isEqualTo(1);
        assertThat(stored(vote.journeyId())).isEqualTo(1);
    }
}
