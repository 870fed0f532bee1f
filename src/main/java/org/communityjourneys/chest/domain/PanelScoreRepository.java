package org.communityjourneys.chest.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelScoreRepository extends JpaRepository<PanelScore, UUID> {

    List<PanelScore> findByGrantIdOrderByScoredAtAsc(UUID grantId);

    boolean existsByGrantIdAndMember(UUID grantId, String member);
}
