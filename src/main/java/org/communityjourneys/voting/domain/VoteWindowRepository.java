package org.communityjourneys.voting.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteWindowRepository extends JpaRepository<VoteWindow, UUID> {
}
