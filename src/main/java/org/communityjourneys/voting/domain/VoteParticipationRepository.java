package org.communityjourneys.voting.domain;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface VoteParticipationRepository extends JpaRepository<VoteParticipation, VoteParticipation.Key> {

    /**
     * Records that a resident voted; returns 0 (and changes nothing) when the resident has voted
     * already or the paper ballot number was used already. A concurrent insert for the same
     * resident waits for the other transaction and then counts as "already there".
     */
    @Modifying(flushAutomatically = true)
    // names the one table it writes: otherwise Hibernate treats a native write as touching every
    // entity and collection, and walks them all for each ballot
    @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "vote_participation"))
    @Query(value = """
            insert into vote_participation (journey_id, resident, channel, paper_number, entered_by, cast_at)
            values (:journeyId, :resident, :channel, :paperNumber, :enteredBy, :castAt)
            on conflict do nothing""", nativeQuery = true)
    int record(UUID journeyId, String resident, String channel, String paperNumber, String enteredBy, Instant castAt);

    /** Whether the journey's vote is open (null: it never opened) and whether the resident has voted. */
    interface CastingState {
        Boolean getOpen();

        /** The database's clock has reached the vote's closing time (whatever a node's clock says). */
        boolean getPastClose();

        boolean getVoted();
    }

    /**
     * One query before a ballot is stored: is the window open, and is there a participation row for
     * the resident or for their former self (a voter who deleted their account and came back, under
     * the keyed marker or the plain SHA-256 one written before markers were keyed)?
     * Null when the vote never opened. It holds the window's row shared until the transaction ends,
     * so a vote cannot close (and mix its sealed ballots) while a ballot is being cast in it; a cast
     * that waited for a closing sees the closed window. The vote is open only while the database's
     * own clock is before the closing time: nodes whose clocks differ agree, and a ballot that
     * arrives after the close is refused even before the process's timer has closed the window.
     */
    @Query(value = """
            select w.closed_at is null and clock_timestamp() < w.closes_at as open,
                   clock_timestamp() >= w.closes_at as past_close,
                   exists (select 1 from vote_participation p
                           where p.journey_id = :journeyId and p.resident in (:resident, :formerVoter, :legacyFormerVoter)) as voted
            from vote_window w where w.journey_id = :journeyId
            for share of w""",
            nativeQuery = true)
    CastingState castingState(UUID journeyId, String resident, String formerVoter, String legacyFormerVoter);

    /**
     * Holds a lock on one person in one vote until the transaction ends, for a person with two
     * records (a paper record and an online account) whose casts have no row in common to collide on.
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(hashtextextended(cast(:journeyId as text) || '/' || :person, 0))) locked",
            nativeQuery = true)
    int lockPerson(UUID journeyId, String person);

    default Optional<VoteParticipation> find(UUID journeyId, String resident) {
        return findById(new VoteParticipation.Key(journeyId, resident));
    }

    @Query("select p from VoteParticipation p where p.key.journeyId = :journeyId and p.paperNumber = :paperNumber")
    Optional<VoteParticipation> findByPaperNumber(UUID journeyId, String paperNumber);

    /** Takes a voided paper entry's participation away: its person has not voted any more. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from vote_participation where journey_id = :journeyId and paper_number = :paperNumber", nativeQuery = true)
    int deletePaperEntry(UUID journeyId, String paperNumber);

    @Query("select count(p) from VoteParticipation p where p.key.journeyId = :journeyId")
    long countForJourney(UUID journeyId);

    @Query("select count(p) from VoteParticipation p where p.key.journeyId = :journeyId and p.channel = :channel")
    long countForJourney(UUID journeyId, VotingChannel channel);
}
