package org.communityjourneys.voting.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read-only in practice: plain ballots are written only by the mix when a vote closes. */
public interface CastBallotRepository extends JpaRepository<CastBallot, UUID> {

    /** In the order of their random ids, which says nothing about when or by whom they were cast. */
    List<CastBallot> findByJourneyIdOrderById(UUID journeyId);

    long countByJourneyId(UUID journeyId);
}
