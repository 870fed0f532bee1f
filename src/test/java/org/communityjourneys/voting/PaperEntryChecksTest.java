package org.communityjourneys.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.PaperResident;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.PaperCheck;
import org.communityjourneys.voting.domain.PaperEntry;
import org.communityjourneys.voting.domain.VoteResult;
import org.communityjourneys.voting.service.PaperEntryChecks;
import org.communityjourneys.voting.service.PaperVoting;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Four eyes on paper ballots (issue 14, point 8), on the real database: the sample drawn when the
 * vote closes, certification refused until a facilitator who did not enter them has checked it,
 * the enterer refused as checker or voider, a void that takes the ballot and the participation
 * away (while the vote is open, and after it closed with the count done again), the audit lines,
 * and certification forgetting every paper ballot number's link to a ballot. Refusals change no
 * row (compared before and after).
 */
@SpringBootTest
@ActiveProfiles("test")
class PaperEntryChecksTest {

    private static final String ENTERER = "facilitator";
    private static final String CHECKER = "facilitator2";

    @Autowired JourneyService journeys;
    @Autowired IdeaService ideas;
    @Autowired VoteService votes;
    @Autowired PaperVoting paperVoting;
    @Autowired PaperEntryChecks checks;
    @Autowired AuditLog audit;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private UUID journeyId;
    private final List<UUID> onBallot = new ArrayList<>();
    private String surname;

    @BeforeEach
    void openAVote() {
        onBallot.clear();
        journeyId = Journeys.launch(journeys, 500_000).getId();
        onBallot.addAll(Journeys.shortlist(ideas, journeyId, "Lunch club", "Walking group"));
        votes.openVote(journeyId);
        surname = "Checkley" + UUID.randomUUID().toString().substring(0, 6);
    }

    private void enter(String paperNumber, int idea) {
        PaperResident person = new PaperResident("Voter " + paperNumber + " " + surname, "3 Broad Street", PaperVotingTest.IN_THE_WARD,
                null, AgeBand.AGE_65_PLUS);
        as(ENTERER, () -> paperVoting.enterForNewPerson(journeyId, person, paperNumber,
                BallotChoice.picking(List.of(onBallot.get(idea))), ENTERER));
    }

    private static <T> T as(String facilitator, Supplier<T> action) {
        return SignedIn.as(facilitator, "FACILITATOR", action);
    }

    private static void as(String facilitator, Runnable action) {
        SignedIn.as(facilitator, "FACILITATOR", action);
    }

    private void close() {
        votes.closeVote(journeyId);
        votes.tally(journeyId);
    }

    /** The rows the checks may change, for this journey. */
    private Map<String, Object> rows() {
        return Map.of(
                "participations", jdbc.queryForList("select resident, paper_number from vote_participation where journey_id = ? "
                        + "order by resident", journeyId),
                "sealed", jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ?", Long.class, journeyId),
                "ballots", jdbc.queryForList("select content, check_tag from ballot where journey_id = ? order by id", journeyId),
                "sample", jdbc.queryForList("select * from paper_ballot_check where journey_id = ? order by paper_number", journeyId),
                "voided", jdbc.queryForObject("select count(*) from voided_paper_ballot where journey_id = ?", Long.class, journeyId),
                "certification", jdbc.queryForList("select * from vote_certification where journey_id = ?", journeyId),
                "results", jdbc.queryForList("select idea_id, votes from vote_result where journey_id = ? order by idea_id", journeyId));
    }

    private List<PaperCheck> sample() {
        return as(CHECKER, () -> checks.sample(journeyId));
    }

    private int votesFor(int idea) {
        return votes.results(journeyId).stream().filter(result -> result.getIdeaId().equals(onBallot.get(idea)))
                .mapToInt(VoteResult::getVotes).sum();
    }

    @Test
    void theCountWaitsUntilAFacilitatorWhoDidNotEnterThemHasCheckedTheSample() {
        for (int paper = 1; paper <= 12; paper++) {
            enter("S-" + paper, paper % 2);
        }
        assertThat(sample()).as("nothing is drawn while the vote is open").isEmpty();
        close();
        List<PaperCheck> drawn = sample();
        assertThat(drawn).as("a tenth of twelve is less than five, so five are drawn").hasSize(5)
                .allSatisfy(check -> {
                    assertThat(check.isWaiting()).isTrue();
                    assertThat(check.enteredBy()).isEqualTo(ENTERER);
                });

        Map<String, Object> before = rows();
        assertThatThrownBy(() -> votes.certify(journeyId, ENTERER)).isInstanceOf(IllegalStateException.class)
                .hasMessage("5 sampled paper entries still wait for a second facilitator's check against the papers: "
                        + "the count can be certified after that (Check paper entries).");
        String first = drawn.get(0).paperNumber();
        assertThatThrownBy(() -> as(ENTERER, () -> checks.confirm(journeyId, first, ENTERER)))
                .hasMessage("You entered paper " + first + ": it must be checked by another facilitator.");
        assertThatThrownBy(() -> as(ENTERER, () -> checks.voidEntry(journeyId, first, "Wrong idea ticked", ENTERER)))
                .hasMessage("You entered paper " + first + ": it must be voided by another facilitator.");
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> checks.confirm(journeyId, first, "resident")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(CHECKER, () -> checks.confirm(journeyId, first, ENTERER)))
                .as("checking in someone else's name").isInstanceOf(AccessDeniedException.class);
        String notDrawn = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(n -> "S-" + n)
                .filter(number -> drawn.stream().noneMatch(check -> check.paperNumber().equals(number))).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(CHECKER, () -> checks.confirm(journeyId, notDrawn, CHECKER)))
                .hasMessageContaining("is not in the sample");
        assertThat(rows()).as("refusals keep every row as it was").isEqualTo(before);

        PaperEntry shown = as(CHECKER, () -> checks.entry(journeyId, first)).orElseThrow();
        int number = Integer.parseInt(first.substring(2));
        assertThat(shown.choice()).as("the checker sees what was entered for the paper")
                .contains(BallotChoice.picking(List.of(onBallot.get(number % 2))));
        as(CHECKER, () -> checks.confirm(journeyId, first, CHECKER));
        assertThatThrownBy(() -> as(CHECKER, () -> checks.confirm(journeyId, first, CHECKER))).hasMessage("Paper " + first
                + " has been checked already.");

        // a wrong entry in the sample: voided, and two more are drawn
        String second = drawn.get(1).paperNumber();
        int lunchBefore = votesFor(0) + votesFor(1);
        as(CHECKER, () -> checks.voidEntry(journeyId, second, "The paper has two ticks; one was entered.", CHECKER));
        assertThat(votesFor(0) + votesFor(1)).as("counted again without it").isEqualTo(lunchBefore - 1);
        assertThat(sample()).hasSize(7);
        assertThat(sample().stream().filter(PaperCheck::isWaiting)).hasSize(5);

        for (PaperCheck waiting : sample().stream().filter(PaperCheck::isWaiting).toList()) {
            as(CHECKER, () -> checks.confirm(journeyId, waiting.paperNumber(), CHECKER));
        }
        assertThat(audit.about("journey", journeyId.toString())).extracting(AuditEntry::getAction)
                .filteredOn(action -> action.startsWith("vote.paper-entry")).hasSize(7)
                .containsOnly("vote.paper-entry.checked", "vote.paper-entry.voided");
        assertThat(jdbc.queryForObject("select count(*) from ballot where journey_id = ? and check_tag is not null", Long.class, journeyId))
                .isEqualTo(11);

        votes.certify(journeyId, ENTERER);
        assertThat(jdbc.queryForObject("select count(*) from ballot where journey_id = ? and check_tag is not null", Long.class, journeyId))
                .as("certification forgets which ballot had which paper number").isZero();
        assertThat(jdbc.queryForObject("select count(*) from ballot_check_key where journey_id = ?", Long.class, journeyId)).isZero();
        assertThat(as(CHECKER, () -> checks.entry(journeyId, first))).isEmpty();
        Map<String, Object> certified = rows();
        assertThatThrownBy(() -> as(CHECKER, () -> checks.voidEntry(journeyId, drawn.get(2).paperNumber(), "Too late", CHECKER)))
                .hasMessage("The count has been certified: its paper entries can no longer be checked or voided.");
        assertThat(rows()).isEqualTo(certified);
    }

    @Test
    void aWrongEntryIsVoidedBySomeoneElseWhileTheVoteIsOpenAndAfterItClosed() {
        enter("V-1", 0);
        enter("V-2", 0);
        enter("V-3", 1);
        Map<String, Object> before = rows();
        assertThatThrownBy(() -> as(CHECKER, () -> checks.voidEntry(journeyId, "V-1", "  ", CHECKER)))
                .hasMessage("Say why this entry is voided.");
        assertThatThrownBy(() -> as(CHECKER, () -> checks.voidEntry(journeyId, "V-9", "Not ours", CHECKER)))
                .hasMessage("There is no paper entry numbered V-9 in this vote.");
        assertThat(rows()).isEqualTo(before);

        // while the vote is open: the sealed ballot and the participation go, and the paper can be entered again
        String person = jdbc.queryForObject("select resident from vote_participation where journey_id = ? and paper_number = 'V-1'",
                String.class, journeyId);
        as(CHECKER, () -> checks.voidEntry(journeyId, "V-1", "Entered for the wrong person.", CHECKER));
        assertThat(jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ?", Long.class, journeyId)).isEqualTo(2);
        assertThat(votes.hasVoted(journeyId, person)).isFalse();
        as(ENTERER, () -> votes.castOnPaper(journeyId, person, "V-1", BallotChoice.picking(List.of(onBallot.get(1))), ENTERER));

        close();
        assertThat(votesFor(0)).isEqualTo(1);
        assertThat(votesFor(1)).isEqualTo(2);
        assertThat(sample()).as("every entry of a small pile is checked").extracting(PaperCheck::paperNumber)
                .containsExactly("V-1", "V-2", "V-3");

        // after the close: the ballot leaves the mixed box, the turnout drops, the count is done again
        as(CHECKER, () -> checks.voidEntry(journeyId, "V-2", "The paper is not signed by a facilitator.", CHECKER));
        assertThat(votesFor(0)).as("the void is reflected in the tally").isZero();
        assertThat(votesFor(1)).isEqualTo(2);
        assertThat(votes.turnout(journeyId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ballot where journey_id = ?", Long.class, journeyId)).isEqualTo(2);
        assertThat(votes.report(journeyId).orElseThrow().ballotsStored()).isEqualTo(2);
        assertThat(as(CHECKER, () -> checks.voided(journeyId))).extracting(entry -> entry.paperNumber() + ": " + entry.reason())
                .containsExactly("V-1: Entered for the wrong person.", "V-2: The paper is not signed by a facilitator.");
        assertThat(audit.about("journey", journeyId.toString())).filteredOn(entry -> entry.getAction().equals("vote.paper-entry.voided"))
                .extracting(AuditEntry::getDetail).contains("paper V-2 (entered by facilitator) voided: The paper is not signed by a facilitator.");
        assertThat(sample()).filteredOn(check -> check.paperNumber().equals("V-2")).singleElement()
                .satisfies(check -> assertThat(check.outcome()).isEqualTo(PaperCheck.Outcome.VOIDED));

        as(CHECKER, () -> checks.confirm(journeyId, "V-1", CHECKER));
        as(CHECKER, () -> checks.confirm(journeyId, "V-3", CHECKER));
        votes.certify(journeyId, ENTERER);
    }

    @Test
    void aMistypedEntryIsEnteredAgainAsThePaperReadsBeforeAndAfterTheClose() {
        enter("C-1", 0);
        enter("C-2", 0);
        UUID notOnTheBallot = UUID.randomUUID();

        // while the vote is open: voided and entered again in one step, by the second facilitator
        as(CHECKER, () -> checks.correctEntry(journeyId, "C-1", "Walking group ticked on the paper.",
                BallotChoice.picking(List.of(onBallot.get(1))), CHECKER));
        assertThat(jdbc.queryForObject("select entered_by from vote_participation where journey_id = ? and paper_number = 'C-1'",
                String.class, journeyId)).isEqualTo(CHECKER);
        assertThat(jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ?", Long.class, journeyId)).isEqualTo(2);

        close();
        assertThat(votesFor(0)).isEqualTo(1);
        assertThat(votesFor(1)).isEqualTo(1);
        Map<String, Object> before = rows();
        assertThatThrownBy(() -> as(ENTERER, () -> checks.correctEntry(journeyId, "C-2", "Wrong", BallotChoice.picking(
                List.of(notOnTheBallot)), ENTERER))).hasMessage("You entered paper C-2: it must be voided by another facilitator.");
        assertThatThrownBy(() -> as(CHECKER, () -> checks.correctEntry(journeyId, "C-2", "Wrong idea entered", BallotChoice.picking(
                List.of(notOnTheBallot)), CHECKER))).hasMessage("One of your choices is not on this journey's ballot.");
        assertThat(rows()).as("a refused correction keeps the wrong entry and everything else").isEqualTo(before);

        // after the close: the ballots are mixed again with the new one, and counted again
        List<String> idsBefore = jdbc.queryForList("select cast(id as text) from ballot where journey_id = ?", String.class, journeyId);
        as(CHECKER, () -> checks.correctEntry(journeyId, "C-2", "The paper ticks the walking group.",
                BallotChoice.picking(List.of(onBallot.get(1))), CHECKER));
        assertThat(votesFor(0)).isZero();
        assertThat(votesFor(1)).isEqualTo(2);
        assertThat(votes.turnout(journeyId)).isEqualTo(2);
        List<String> idsAfter = jdbc.queryForList("select cast(id as text) from ballot where journey_id = ?", String.class, journeyId);
        assertThat(idsAfter).hasSize(2).doesNotContainAnyElementsOf(idsBefore);
        assertThat(jdbc.queryForList("select distinct cast(xmin as text) from ballot where journey_id = ?", String.class, journeyId))
                .as("every ballot row was written by the correcting transaction").hasSize(1);
        assertThat(audit.about("journey", journeyId.toString())).extracting(AuditEntry::getAction)
                .filteredOn(action -> action.equals("vote.paper-entry.corrected")).hasSize(2);

        assertThat(sample()).filteredOn(check -> check.paperNumber().equals("C-2")).singleElement().satisfies(check -> {
            assertThat(check.isWaiting()).as("the new entry waits for another pair of eyes").isTrue();
            assertThat(check.enteredBy()).isEqualTo(CHECKER);
        });
        assertThatThrownBy(() -> as(CHECKER, () -> checks.confirm(journeyId, "C-2", CHECKER)))
                .hasMessage("You entered paper C-2: it must be checked by another facilitator.");
        as(ENTERER, () -> checks.confirm(journeyId, "C-2", ENTERER));
        as(ENTERER, () -> checks.confirm(journeyId, "C-1", ENTERER));
        votes.certify(journeyId, ENTERER);
        assertThat(votesFor(1)).isEqualTo(2);
    }

    /**
     * The mixed ballots carry a check tag each until certification: keyed for a paper ballot,
     * random for an online one, so the rows do not say which ballots came on paper, and no
     * keyless function of a paper number finds its ballot.
     */
    @Test
    void theCheckTagsDoNotSayWhichBallotsCameOnPaper() throws Exception {
        enter("T-1", 0);
        enter("T-2", 1);
        for (int online = 0; online < 3; online++) {
            String username = "checktag-" + UUID.randomUUID().toString().substring(0, 8);
            accounts.ensureAccount(username, "Voter", "a long enough password", Set.of(Role.RESIDENT), Journeys.WARD, true);
            SignedIn.as(username, "RESIDENT", () -> votes.cast(journeyId, username, BallotChoice.picking(List.of(onBallot.get(0)))));
        }
        assertThat(jdbc.queryForObject("select count(*) from sealed_ballot where journey_id = ? and paper_tag is not null", Long.class,
                journeyId)).isEqualTo(2);
        close();
        List<String> tags = jdbc.queryForList("select check_tag from ballot where journey_id = ?", String.class, journeyId);
        assertThat(tags).hasSize(5).doesNotHaveDuplicates().allMatch(tag -> tag.matches("[0-9a-f]{64}"));
        for (String number : List.of("T-1", "T-2")) {
            for (String guess : List.of(number, "paper:" + number)) {
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(guess.getBytes(StandardCharsets.UTF_8)));
                assertThat(tags).doesNotContain(sha);
            }
        }
    }
}
