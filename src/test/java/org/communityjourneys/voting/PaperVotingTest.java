package org.communityjourneys.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.PaperResident;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.PaperResidents;
import org.communityjourneys.identity.service.PersonalData;
import org.communityjourneys.identity.service.RegistrationProblems;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.PaperVoter;
import org.communityjourneys.voting.domain.VotingChannel;
import org.communityjourneys.voting.service.PaperVoting;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Paper voting for people without an account (issue 14, points 6 and 7), on the real database:
 * a paper-only record made with its ballot in one transaction, refusals that keep nothing (rows
 * counted before and after), the search by name and postcode, and the same person's online
 * registration matched to their paper record so that they cannot vote twice, not even with the
 * two casts at the same moment.
 */
@SpringBootTest
@ActiveProfiles("test")
class PaperVotingTest {

    /** In Leominster East, the journey's ward. */
    static final String IN_THE_WARD = "HR6 8BB";
    /** In Ross East, not the journey's. */
    static final String ELSEWHERE = "HR9 5AN";

    @Autowired JourneyService journeys;
    @Autowired IdeaService ideas;
    @Autowired VoteService votes;
    @Autowired PaperVoting paperVoting;
    @Autowired AccountService accounts;
    @Autowired ResidentRegistration registration;
    @Autowired AuditLog audit;
    @Autowired PersonalData personalData;
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
        surname = "Paperton" + UUID.randomUUID().toString().substring(0, 6);
    }

    private PaperResident person(String first, String postcode) {
        return new PaperResident(first + " " + surname, "3 Broad Street", postcode, null, AgeBand.AGE_65_PLUS);
    }

    private String enter(PaperResident person, String paperNumber) {
        return asFacilitator(() -> paperVoting.enterForNewPerson(journeyId, person, paperNumber,
                BallotChoice.picking(List.of(onBallot.get(0))), "facilitator"));
    }

    private static <T> T asFacilitator(Supplier<T> action) {
        return SignedIn.as("facilitator", "FACILITATOR", action);
    }

    private Map<String, Long> rows() {
        return Map.of("accounts", jdbc.queryForObject("select count(*) from user_account", Long.class),
                "participations", jdbc.queryForObject("select count(*) from vote_participation", Long.class),
                "ballots", jdbc.queryForObject("select count(*) from ballot", Long.class)
                        + jdbc.queryForObject("select count(*) from sealed_ballot", Long.class));
    }

    @Test
    void aPersonWithoutAnAccountVotesOnPaperAndBecomesAPaperOnlyRecordThatCannotLogIn() {
        enter(person("Ann", IN_THE_WARD), "LEO-1");

        List<PaperVoter> found = asFacilitator(() -> paperVoting.findVoters(journeyId, "Ann " + surname));
        assertThat(found).singleElement().satisfies(voter -> {
            assertThat(voter.paperOnly()).isTrue();
            assertThat(voter.voted()).isTrue();
            assertThat(voter.postcode()).isEqualTo(IN_THE_WARD);
            assertThat(voter.label()).isEqualTo("Ann " + surname + ", " + IN_THE_WARD + " (paper record): has voted");
        });
        assertThat(asFacilitator(() -> paperVoting.findVoters(journeyId, "HR6 8BB"))).extracting(PaperVoter::username)
                .as("found by postcode too").contains(found.get(0).username());
        UserAccount record = accounts.find(found.get(0).username()).orElseThrow();
        assertThat(record.getUsername()).startsWith(PaperResidents.USERNAME_PREFIX);
        assertThat(record.isVerified()).isTrue();
        assertThat(record.getVerifiedBy()).isEqualTo("facilitator");
        assertThat(record.getWardCode()).isEqualTo(Journeys.WARD);
        assertThat(record.getAddressLine()).isEqualTo("3 Broad Street");
        assertThat(votes.turnout(journeyId, VotingChannel.PAPER)).isEqualTo(1);
        assertThatThrownBy(() -> accounts.loadUserByUsername(record.getUsername()))
                .as("a paper-only record never logs in").isInstanceOf(UsernameNotFoundException.class);
        assertThat(audit.about("account", record.getId().toString())).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).contains("in person, with their paper ballot"));
    }

    @Test
    void refusedEntriesKeepNothing() {
        enter(person("Bob", IN_THE_WARD), "LEO-2");
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> enter(person("Cat", ELSEWHERE), "LEO-3")).isInstanceOf(RegistrationProblems.class)
                .satisfies(refused -> assertThat(((RegistrationProblems) refused).byField())
                        .containsEntry(RegistrationProblems.Field.POSTCODE,
                                "That postcode is in Ross East, which is not taking part in this vote."));
        assertThatThrownBy(() -> enter(new PaperResident(" ", null, "", null, null), "LEO-3"))
                .isInstanceOf(RegistrationProblems.class)
                .satisfies(refused -> assertThat(((RegistrationProblems) refused).byField())
                        .containsKeys(RegistrationProblems.Field.NAME, RegistrationProblems.Field.POSTCODE));
        assertThatThrownBy(() -> enter(person("Dan", IN_THE_WARD), "LEO-2")).as("a paper number used already")
                .hasMessage("Paper ballot number LEO-2 has already been entered.");
        assertThatThrownBy(() -> enter(person("Bob", IN_THE_WARD), "LEO-4")).as("the same person again")
                .isInstanceOf(PaperResidents.AlreadyOnRecord.class)
                .hasMessageStartingWith("Bob " + surname + " at " + IN_THE_WARD + " already has a paper record");
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> paperVoting.enterForNewPerson(journeyId,
                person("Eve", IN_THE_WARD), "LEO-5", BallotChoice.picking(List.of(onBallot.get(0))), "resident"))).as("not a facilitator")
                .isInstanceOf(org.communityjourneys.identity.service.AccessDeniedToRole.class);
        assertThat(rows()).as("no record, participation or ballot from a refused entry").isEqualTo(before);

        votes.closeVote(journeyId);
        Map<String, Long> closed = rows();
        assertThatThrownBy(() -> enter(person("Fay", IN_THE_WARD), "LEO-6")).hasMessage("The vote is not open.");
        assertThat(rows()).as("nothing from an entry after the close").isEqualTo(closed);
        assertThat(jdbc.queryForObject("select count(*) from user_account where display_name like ?", Long.class,
                "% " + surname)).isEqualTo(1);
    }

    @Test
    void thePersonRegisteringOnlineLaterIsMatchedAndCannotVoteAgain() {
        enter(person("Gil", IN_THE_WARD), "LEO-7");
        String email = "gil-" + UUID.randomUUID() + "@example.org";
        UserAccount online = registration.register(new Registration("gil " + surname.toUpperCase(), email,
                "a long password", "hr68bb", null, AgeBand.AGE_65_PLUS, true));
        assertThat(online.getPaperTwin()).as("matched on name and postcode, without case or spaces").isNotNull();
        assertThat(audit.about("account", online.getId().toString())).extracting(entry -> entry.getAction())
                .contains("resident.matched-paper-record");
        UserAccount paperRecord = asFacilitator(() -> registration.samePerson(online)).orElseThrow();
        assertThat(paperRecord.isPaperOnly()).isTrue();
        assertThat(asFacilitator(() -> registration.samePerson(paperRecord))).as("the facilitator sees the match both ways")
                .get().extracting(UserAccount::getUsername).isEqualTo(email);
        asFacilitator(() -> {
            registration.verifyInPerson(online.getId(), "Met at the library");
            return null;
        });
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> SignedIn.as(email, "RESIDENT", () -> votes.cast(journeyId, email,
                BallotChoice.picking(List.of(onBallot.get(1))))))
                .hasMessage("You have already voted in this journey on paper; a facilitator entered your paper ballot.");
        assertThatThrownBy(() -> asFacilitator(() -> votes.castOnPaper(journeyId, email, "LEO-8",
                BallotChoice.picking(List.of(onBallot.get(1))), "facilitator")))
                .hasMessageContaining("has already voted in this journey (on paper, entered before they registered)");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void someoneWhoVotedOnlineIsNotMadeAgainOnPaper() {
        String email = "hal-" + UUID.randomUUID() + "@example.org";
        UserAccount online = registration.register(new Registration("Hal " + surname, email, "a long password",
                IN_THE_WARD, null, AgeBand.AGE_25_44, true));
        asFacilitator(() -> {
            registration.verifyInPerson(online.getId(), "Met at the library");
            return null;
        });
        SignedIn.as(email, "RESIDENT", () -> votes.cast(journeyId, email, BallotChoice.picking(List.of(onBallot.get(0)))));
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> enter(person("Hal", IN_THE_WARD), "LEO-9")).isInstanceOf(PaperResidents.AlreadyOnRecord.class)
                .hasMessageContaining("already has an account");
        assertThat(asFacilitator(() -> paperVoting.findVoters(journeyId, "Hal " + surname))).singleElement()
                .satisfies(voter -> assertThat(voter.label()).endsWith("(online account): has voted"));
        assertThat(rows()).isEqualTo(before);
    }

    /** A person without an account asks to see and erase their data: staff do it for them, and their vote stays counted. */
    @Test
    void staffGiveAPaperOnlyResidentTheirDataAndEraseItAtTheirRequest() throws Exception {
        enter(person("Ivy", IN_THE_WARD), "LEO-10");
        UserAccount record = accounts.find(asFacilitator(() -> paperVoting.findVoters(journeyId, "Ivy " + surname)).get(0).username())
                .orElseThrow();
        String json = new String(asFacilitator(() -> personalData.ofPaperRecordAsJson(record.getId())), StandardCharsets.UTF_8);
        assertThat(json).contains("Ivy " + surname).contains("3 Broad Street").contains(journeyId.toString());

        Map<String, Long> before = rows();
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> personalData.erasePaperRecord(record.getId())))
                .isInstanceOf(org.communityjourneys.identity.service.AccessDeniedToRole.class);
        UserAccount staff = accounts.find("facilitator").orElseThrow();
        assertThatThrownBy(() -> asFacilitator(() -> {
            personalData.erasePaperRecord(staff.getId());
            return null;
        })).hasMessageContaining("has an account");
        assertThat(rows()).isEqualTo(before);

        asFacilitator(() -> {
            personalData.erasePaperRecord(record.getId());
            return null;
        });
        assertThat(accounts.find(record.getUsername())).isEmpty();
        assertThat(votes.turnout(journeyId)).as("their vote stays counted").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from vote_participation where resident = ?", Long.class,
                record.getUsername())).as("without their name").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail ilike ? or actor ilike ?", Long.class,
                "%" + surname + "%", "%" + surname + "%")).isZero();
        assertThat(audit.about("account", record.getId().toString())).extracting(entry -> entry.getAction())
                .contains("resident.paper-record.erased");
    }

    @Test
    void aMatchedPaperRecordGoesWithItsAccountAndTwoPeopleOfOneNameAreToldApart() {
        enter(person("Jo", IN_THE_WARD), "LEO-11");
        String email = "jo-" + UUID.randomUUID() + "@example.org";
        UserAccount online = registration.register(new Registration("Jo " + surname, email, "a long password", IN_THE_WARD,
                null, AgeBand.AGE_65_PLUS, true));
        UUID paperRecord = online.getPaperTwin();
        assertThat(paperRecord).isNotNull();
        assertThatThrownBy(() -> asFacilitator(() -> {
            personalData.erasePaperRecord(paperRecord);
            return null;
        })).hasMessageContaining("has registered online since");

        // two people after all (a parent and child of one name at one address): told apart, with a note
        assertThatThrownBy(() -> asFacilitator(() -> {
            registration.notTheSamePerson(paperRecord, " ");
            return null;
        })).hasMessage("Please say how you found that they are two different people.");
        asFacilitator(() -> {
            registration.notTheSamePerson(paperRecord, "Jo senior voted on paper; Jo junior registered online.");
            registration.verifyInPerson(online.getId(), "Met at the library");
            return null;
        });
        assertThat(accounts.find(email).orElseThrow().getPaperTwin()).isNull();
        assertThat(audit.about("account", online.getId().toString())).extracting(entry -> entry.getAction())
                .contains("resident.match-undone");
        SignedIn.as(email, "RESIDENT", () -> votes.cast(journeyId, email, BallotChoice.picking(List.of(onBallot.get(1)))));
        assertThat(votes.turnout(journeyId)).isEqualTo(2);
        assertThatThrownBy(() -> asFacilitator(() -> {
            registration.notTheSamePerson(paperRecord, "again");
            return null;
        })).hasMessageEndingWith("is not matched to another record.");

        // the same person after all, in another case: deleting the account erases the paper record too
        enter(person("Kit", IN_THE_WARD), "LEO-12");
        String kit = "kit-" + UUID.randomUUID() + "@example.org";
        UserAccount kitOnline = registration.register(new Registration("Kit " + surname, kit, "a long password", IN_THE_WARD,
                null, AgeBand.AGE_65_PLUS, true));
        UUID kitPaper = kitOnline.getPaperTwin();
        SignedIn.as(kit, "RESIDENT", () -> personalData.deleteCurrentAccount());
        assertThat(jdbc.queryForObject("select count(*) from user_account where id in (?, ?)", Long.class, kitOnline.getId(), kitPaper))
                .isZero();
        assertThat(votes.turnout(journeyId)).as("Kit's paper ballot stays counted").isEqualTo(3);
    }

    /** The online cast and the paper entry of one person at the same moment: exactly one is kept, every time. */
    @Test
    void theTwoRecordsOfOnePersonCastingAtOnceVoteOnce() throws Exception {
        for (int round = 0; round < 6; round++) {
            // a paper record made with a ballot in an earlier vote, so it is free to vote in a new one
            String name = "Pat" + round + " " + surname;
            enter(new PaperResident(name, null, IN_THE_WARD, null, null), "LEO-P" + round);
            openAVote();
            String paperNumber = "LEO-R" + round;
            PaperVoter paperRecord = asFacilitator(() -> paperVoting.findVoters(journeyId, name)).stream()
                    .filter(found -> found.name().equals(name)).findFirst().orElseThrow();
            assertThat(paperRecord.voted()).isFalse();
            String email = "pat" + round + "-" + UUID.randomUUID() + "@example.org";
            UserAccount online = registration.register(new Registration(name, email, "a long password", IN_THE_WARD,
                    null, AgeBand.AGE_65_PLUS, true));
            assertThat(online.getPaperTwin()).isNotNull();
            asFacilitator(() -> {
                registration.verifyInPerson(online.getId(), "Met at the library");
                return null;
            });
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Boolean> onPaper = CompletableFuture.supplyAsync(() -> attempt(start, () -> asFacilitator(() ->
                    votes.castOnPaper(journeyId, paperRecord.username(), paperNumber, BallotChoice.picking(List.of(onBallot.get(0))),
                            "facilitator"))));
            CompletableFuture<Boolean> onLine = CompletableFuture.supplyAsync(() -> attempt(start, () -> SignedIn.as(email, "RESIDENT",
                    () -> votes.cast(journeyId, email, BallotChoice.picking(List.of(onBallot.get(1)))))));
            start.countDown();
            int kept = (onPaper.get(30, TimeUnit.SECONDS) ? 1 : 0) + (onLine.get(30, TimeUnit.SECONDS) ? 1 : 0);
            assertThat(kept).as("round %d: one of the two casts is kept", round).isEqualTo(1);
            assertThat(votes.turnout(journeyId)).isEqualTo(1);
        }
    }

    private static boolean attempt(CountDownLatch start, Supplier<String> cast) {
        try {
            start.await();
            cast.get();
            return true;
        } catch (IllegalStateException alreadyVoted) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
