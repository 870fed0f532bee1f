package org.communityjourneys.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(String subjectType, String subjectId);

    List<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable page);
}
