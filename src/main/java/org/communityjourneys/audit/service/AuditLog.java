package org.communityjourneys.audit.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.domain.AuditEntryRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the audit log. */
@Service
@Transactional
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Optional<Clock> clock) {
        this.entries = entries;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void record(String actor, String action, String subjectType, String subjectId, String detail) {
        entries.save(new AuditEntry(clock.instant(), actor == null ? "system" : actor, action, subjectType, subjectId, detail));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc(subjectType, subjectId);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int page, int size) {
        return entries.findAllByOrderByOccurredAtDesc(Pageable.ofSize(size).withPage(page));
    }

    @Transactional(readOnly = true)
    public long count() {
        return entries.count();
    }
}
