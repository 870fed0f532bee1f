package org.communityjourneys.chest.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantRepository extends JpaRepository<Grant, UUID> {

    Optional<Grant> findByJourneyIdAndIdeaId(UUID journeyId, UUID ideaId);

    List<Grant> findByJourneyId(UUID journeyId);

    List<Grant> findByProgramme(GrantProgramme programme);

    List<Grant> findByProgrammeAndStatus(GrantProgramme programme, GrantStatus status);
}
