package org.communityjourneys.ideas.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdeaRepository extends JpaRepository<Idea, UUID> {

    List<Idea> findByJourneyIdOrderBySubmittedAtAsc(UUID journeyId);

    List<Idea> findByJourneyIdAndStatusOrderBySubmittedAtAsc(UUID journeyId, IdeaStatus status);

    @Query("select new org.communityjourneys.ideas.domain.ShortlistedCost(i.id, i.estimatedCostPence) from Idea i"
            + " where i.journeyId = :journeyId and i.status = org.communityjourneys.ideas.domain.IdeaStatus.SHORTLISTED")
    List<ShortlistedCost> shortlistedCosts(@Param("journeyId") UUID journeyId);
}
