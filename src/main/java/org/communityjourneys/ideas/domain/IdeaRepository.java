package org.communityjourneys.ideas.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdeaRepository extends JpaRepository<Idea, UUID> {

    List<Idea> findByJourneyIdOrderBySubmittedAtAsc(UUID journeyId);

    List<Idea> findByJourneyIdAndStatusOrderBySubmittedAtAsc(UUID journeyId, IdeaStatus status);
}
