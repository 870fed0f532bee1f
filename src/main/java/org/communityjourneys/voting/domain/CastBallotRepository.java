package org.communityjourneys.voting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CastBallotRepository extends JpaRepository<CastBallot, UUID> {

    List<CastBallot> findByJourneyId(UUID journeyId);

    Optional<CastBallot> findByJourneyIdAndReceiptHash(UUID journeyId, String receiptHash);

    long countByJourneyId(UUID journeyId);
}
