package org.communityjourneys.chest.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantAwardRepository extends JpaRepository<GrantAward, UUID> {
}
