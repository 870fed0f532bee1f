package org.communityjourneys.review.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportDraft;
import org.communityjourneys.review.domain.LearningReportRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learning reports from funded projects: one per grant, resubmitted after a clarification. */
@Service
@Transactional
public class LearningReviewService {

    private final LearningReportRepository reports;
    private final ChestService chest;
    private final Clock clock;

    LearningReviewService(LearningReportRepository reports, ChestService chest, Optional<Clock> clock) {
        this.reports = reports;
        this.chest = chest;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void recordReport(UUID grantId, LearningReportDraft draft, String by) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        chest.grant(grantId);
        LearningReport report = reports.findByGrantId(grantId).orElseGet(() -> new LearningReport(grantId));
        report.submit(draft, by, clock.instant());
        reports.save(report);
    }

    public void review(UUID grantId, boolean accepted, String note, String by) {
        if (!accepted && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("Say what needs clarifying: the group will see your message.");
        }
        LearningReport report = reports.findByGrantId(grantId)
                .orElseThrow(() -> new IllegalStateException("No learning report has been sent for this grant yet."));
        report.reviewed(accepted, note, by, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<LearningReport> reportFor(UUID grantId) {
        return reports.findByGrantId(grantId);
    }
}
