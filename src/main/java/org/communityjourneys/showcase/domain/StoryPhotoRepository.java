package org.communityjourneys.showcase.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoryPhotoRepository extends JpaRepository<StoryPhoto, UUID> {
}
