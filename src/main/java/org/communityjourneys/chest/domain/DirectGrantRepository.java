package org.communityjourneys.chest.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectGrantRepository extends JpaRepository<DirectGrant, UUID> {

    List<DirectGrant> findByFundIdOrderByCreatedAtAsc(UUID fundId);

    List<DirectGrant> findByProgrammeAndStatus(DirectGrantProgramme programme, GrantStatus status);
}
