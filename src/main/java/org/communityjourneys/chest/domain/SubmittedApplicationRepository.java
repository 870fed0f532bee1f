package org.communityjourneys.chest.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmittedApplicationRepository extends JpaRepository<SubmittedApplication, UUID> {
}
