package org.communityjourneys.voting.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VoteParticipationRepository extends JpaRepository<VoteParticipation, VoteParticipation.Key> {

    /**
     * Records that a resident voted; returns 0 (and changes nothing) when the resident has voted
     * already or the paper ballot number was used already. A concurrent insert for the same
     * resident waits for the other transaction and then counts as "already there".
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            insert into vote_participation (journey_id, resident, channel, paper_number, entered_by, cast_at)
            values (:journeyId, :resident, :channel, :paperNumber, :enteredBy, :castAt)
            on conflict do nothing""", nativeQuery = true)
    int record(UUID journeyId, String resident, String channel, String paperNumber, String enteredBy, Instant castAt);

    default Optional<VoteParticipation> find(UUID journeyId, String resident) {
        return findById(new VoteParticipation.Key(journeyId, resident));
    }

    @Query("select count(p) from VoteParticipation p where p.key.journeyId = :journeyId")
    long countForJourney(UUID journeyId);

    @Query("select count(p) from VoteParticipation p where p.key.journeyId = :journeyId and p.channel = :channel")
    long countForJourney(UUID journeyId, VotingChannel channel);
}
