package org.communityjourneys.voting.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.PaperCheck;
import org.communityjourneys.voting.domain.PaperEntry;
import org.communityjourneys.voting.domain.PaperEntryChecked;
import org.communityjourneys.voting.domain.PaperEntryVoided;
import org.communityjourneys.voting.domain.VoidedPaperEntry;
import org.communityjourneys.voting.domain.VoteCertification;
import org.communityjourneys.voting.domain.VoteCertificationRepository;
import org.communityjourneys.voting.domain.VoteParticipation;
import org.communityjourneys.voting.domain.VoteParticipationRepository;
import org.communityjourneys.voting.domain.VoteWindow;
import org.communityjourneys.voting.domain.VoteWindowRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on paper ballots: a facilitator who did not enter a paper entry checks it against the
 * paper. When the vote closes a sample is drawn ({@link PaperSample}); the count cannot be
 * certified until every sampled entry is confirmed or voided. Until certification a facilitator
 * who did not enter an entry may void it with a reason: its ballot leaves the box, its person has
 * not voted any more (while the vote is open the paper can be entered again), a closed vote is
 * counted again, and the audit log keeps who, when and why. The person an entry was for is never
 * shown here (docs/ballot-secrecy.md, "Checking paper entries").
 */
@Service
@Transactional
public class PaperEntryChecks {

    private final VoteWindowRepository windows;
    private final VoteCertificationRepository certifications;
    private final VoteParticipationRepository participations;
    private final BallotBox box;
    private final PaperSample sample;
    private final VoteService votes;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaperEntryChecks(VoteWindowRepository windows, VoteCertificationRepository certifications,
            VoteParticipationRepository participations, BallotBox box, PaperSample sample, VoteService votes,
            JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.windows = windows;
        this.certifications = certifications;
        this.participations = participations;
        this.box = box;
        this.sample = sample;
        this.votes = votes;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The sample drawn when the vote closed, waiting entries first; empty before. */
    @Transactional(readOnly = true)
    public List<PaperCheck> sample(UUID journeyId) {
        currentUser.requireAnyOf(Role.FACILITATOR);
        return sample.checks(journeyId);
    }

    /** The paper entry with this number as it was entered, until certification; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<PaperEntry> entry(UUID journeyId, String paperNumber) {
        currentUser.requireAnyOf(Role.FACILITATOR);
        String number = number(paperNumber);
        if (isCertified(journeyId)) {
            return Optional.empty();
        }
        return participations.findByPaperNumber(journeyId, number).map(entered -> new PaperEntry(number,
                entered.getEnteredBy(), entered.getCastAt(), box.paperEntry(journeyId, number)));
    }

    @Transactional(readOnly = true)
    public List<VoidedPaperEntry> voided(UUID journeyId) {
        currentUser.requireAnyOf(Role.FACILITATOR);
        return jdbc.query("select paper_number, entered_by, voided_by, reason, voided_at from voided_paper_ballot "
                + "where journey_id = ? order by voided_at, paper_number", (row, index) -> new VoidedPaperEntry(
                        row.getString("paper_number"), row.getString("entered_by"), row.getString("voided_by"),
                        row.getString("reason"), row.getTimestamp("voided_at").toInstant()), journeyId);
    }

    /** A facilitator who did not enter the sampled entry says that it matches its paper. */
    public void confirm(UUID journeyId, String paperNumber, String checker) {
        currentUser.requireActingAs(checker, Role.FACILITATOR);
        String number = number(paperNumber);
        VoteWindow window = lockedWindow(journeyId);
        requireNotCertified(journeyId);
        if (window.isOpen() || !sample.contains(journeyId, number)) {
            throw Refused.state("voting.refused.notInSample", number);
        }
        VoteParticipation entered = participations.findByPaperNumber(journeyId, number)
                .orElseThrow(() -> Refused.state("voting.refused.voidedAlready", number));
        requireSecondPair(entered, checker, "voting.refused.checkByAnother");
        if (!sample.mark(journeyId, number, PaperCheck.Outcome.MATCHES, checker, clock.instant())) {
            throw Refused.state("voting.refused.checkedAlready", number);
        }
        events.publishEvent(new PaperEntryChecked(journeyId, number, checker));
    }

    /**
     * A facilitator who did not enter it takes a wrong paper entry out of the count, with a reason,
     * until the count is certified. The window's row is locked, so no cast, closing or other void
     * of this vote runs meanwhile.
     */
    public void voidEntry(UUID journeyId, String paperNumber, String reason, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR);
        Voided voided = takeOut(journeyId, paperNumber, reason, facilitator);
        if (sample.mark(journeyId, voided.number(), PaperCheck.Outcome.VOIDED, facilitator, voided.at())) {
            sample.drawMore(journeyId, PaperSample.MORE_AFTER_VOID, voided.at());
        }
        countAgain(journeyId, voided.window());
        events.publishEvent(new PaperEntryVoided(journeyId, voided.number(), voided.enteredBy(), facilitator, voided.reason(), null));
    }

    /**
     * The same, with the paper entered again as it reads, by the facilitator who voids the wrong
     * entry, for the same person and paper number, in one transaction: a valid paper whose entry
     * was mistyped still counts, after the vote has closed too. The new entry waits for the check
     * of a facilitator other than the one who made it.
     */
    public void correctEntry(UUID journeyId, String paperNumber, String reason, BallotChoice asThePaperReads, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR);
        if (asThePaperReads == null) {
            throw Refused.input("voting.refused.enterWhatPaperSays");
        }
        Voided voided = takeOut(journeyId, paperNumber, reason, facilitator);
        votes.enterCorrection(journeyId, voided.resident(), voided.number(), asThePaperReads, facilitator);
        if (!voided.window().isOpen()) {
            sample.waitForCheck(journeyId, voided.number(), facilitator, voided.at());
        }
        countAgain(journeyId, voided.window());
        events.publishEvent(new PaperEntryVoided(journeyId, voided.number(), voided.enteredBy(), facilitator, voided.reason(), facilitator));
    }

    private record Voided(VoteWindow window, String number, String resident, String enteredBy, String reason, Instant at) {
    }

    /** Checks who, what and when, then takes the entry's ballot and participation out and records the void. */
    private Voided takeOut(UUID journeyId, String paperNumber, String reason, String facilitator) {
        String number = number(paperNumber);
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw Refused.input("voting.refused.noVoidReason");
        }
        if (why.length() > 500) {
            throw Refused.input("voting.refused.voidReasonTooLong");
        }
        VoteWindow window = lockedWindow(journeyId);
        requireNotCertified(journeyId);
        VoteParticipation entered = participations.findByPaperNumber(journeyId, number)
                .orElseThrow(() -> Refused.input("voting.refused.noEntry", number));
        requireSecondPair(entered, facilitator, "voting.refused.voidByAnother");
        String enteredBy = entered.getEnteredBy();
        String resident = entered.getResident();
        if (!box.takeOutPaperEntry(journeyId, number)) {
            throw Refused.state("voting.refused.notInBallotBox", number);
        }
        participations.deletePaperEntry(journeyId, number);
        Instant now = clock.instant();
        jdbc.update("insert into voided_paper_ballot (id, journey_id, paper_number, entered_by, voided_by, reason, voided_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), journeyId, number, enteredBy, facilitator, why, Timestamp.from(now));
        return new Voided(window, number, resident, enteredBy, why, now);
    }

    /** A closed vote that has been counted is counted again, so the count on the certification screen is the true one. */
    private void countAgain(UUID journeyId, VoteWindow window) {
        if (!window.isOpen() && certifications.existsById(journeyId)) {
            votes.tally(journeyId);
        }
    }

    private VoteWindow lockedWindow(UUID journeyId) {
        return windows.lockForClosing(journeyId).orElseThrow(() -> Refused.state("voting.refused.notOpenedYet"));
    }

    private boolean isCertified(UUID journeyId) {
        return certifications.findById(journeyId).map(VoteCertification::getCertifiedAt).isPresent();
    }

    private void requireNotCertified(UUID journeyId) {
        if (isCertified(journeyId)) {
            throw Refused.state("voting.refused.certified");
        }
    }

    /** The refusal's key says what the other facilitator must do: check the entry, or void it. */
    private static void requireSecondPair(VoteParticipation entered, String facilitator, String refusal) {
        if (entered.getEnteredBy() != null && entered.getEnteredBy().equalsIgnoreCase(facilitator)) {
            throw Refused.state(refusal, entered.getPaperNumber());
        }
    }

    private static String number(String paperNumber) {
        if (paperNumber == null || paperNumber.isBlank()) {
            throw Refused.input("voting.refused.noPaperNumber");
        }
        return paperNumber.trim();
    }
}
