package org.communityjourneys.voting.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteCertificationRepository extends JpaRepository<VoteCertification, UUID> {
}
