package org.communityjourneys.voting.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VoteParticipationRepository extends JpaRepository<VoteParticipation, VoteParticipation.Key>, CastingRows {

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
