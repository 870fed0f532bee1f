package org.communityjourneys.showcase.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShowcaseConversationRepository extends JpaRepository<ShowcaseConversation, UUID> {

    List<ShowcaseConversation> findByJourneyIdOrderByHeldOnAsc(UUID journeyId);

    long countByJourneyId(UUID journeyId);
}
