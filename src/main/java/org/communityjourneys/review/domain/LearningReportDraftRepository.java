package org.communityjourneys.review.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LearningReportDraftRepository extends JpaRepository<LearningReportDraft, UUID> {
}
