package org.communityjourneys.ideas.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdeasWindowRepository extends JpaRepository<IdeasWindow, UUID> {
}
