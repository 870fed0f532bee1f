package org.communityjourneys.review.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.PaymentProgress;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.LedgerEntry;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportRepository;
import org.communityjourneys.review.domain.LearningReportRequest;
import org.communityjourneys.review.domain.LearningReportRequestRepository;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.shared.domain.Wording.Pounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funded projects as the public sees them: status, timeline, money paid and, only when the
 * facilitator marked it as a story we can share, the group's story and photo. No personal data:
 * no names, contacts or usernames.
 */
@Service
@Transactional(readOnly = true)
public class Projects {

    /** Where a funded project has got to. */
    public enum Status {
        AGREED("Agreed"), PART_PAID("Part paid"), PAID("Paid"), UNDER_WAY("Under way"), REPORTED("Reported"), CLOSED("Completed: learning report accepted");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A funded project: {@code payment} is the one wording of what was paid of the approved amount
     * ("part paid £800 of £4,000"); {@code amountChangeReason} says why the approved amount differs
     * from what residents voted for, when it does.
     */
    public record ProjectSummary(UUID id, String title, UUID journeyId, String journeyTitle, List<String> wardCodes,
            Status status, long paidPence, long approvedPence, long votedPence, String amountChangeReason, String payment) {

        /** {@link #payment()} for the screens, in each language ({@code chest.payment.*}). */
        public Wording paymentWording() {
            return paymentOf(paidPence, approvedPence);
        }
    }

    /**
     * One step of a project's life: {@code what} is the English wording (the open data);
     * {@code wording} says it in each language for the screens and is not part of the open data.
     */
    public record TimelineEntry(Instant at, String what, @JsonIgnore Wording wording) {

        TimelineEntry(Instant at, Wording wording) {
            this(at, wording.english(), wording);
        }
    }

    public record ProjectDetail(ProjectSummary project, List<TimelineEntry> timeline, int peopleReached, int activities,
            int volunteers, String story, boolean hasPhoto) {
    }

    private final ChestService chest;
    private final JourneyService journeys;
    private final LearningReportRepository reports;
    private final LearningReportRequestRepository requests;

    Projects(ChestService chest, JourneyService journeys, LearningReportRepository reports,
            LearningReportRequestRepository requests) {
        this.chest = chest;
        this.journeys = journeys;
        this.reports = reports;
        this.requests = requests;
    }

    public List<ProjectSummary> all() {
        return chest.fundedGrants().stream().map(this::summary).toList();
    }

    public List<ProjectSummary> inWard(String wardCode) {
        return all().stream().filter(project -> project.wardCodes().contains(wardCode)).toList();
    }

    public Optional<ProjectDetail> project(UUID grantId) {
        return chest.fundedGrants().stream().filter(grant -> grant.getId().equals(grantId)).findFirst().map(grant -> {
            ProjectSummary summary = summary(grant);
            Optional<LearningReport> report = reports.findByGrantId(grantId);
            boolean accepted = report.map(r -> r.getOutcome() == ReportOutcome.ACCEPTED).orElse(false);
            boolean shareable = accepted && report.get().isStoryShareable();
            return new ProjectDetail(summary, timeline(grant, report), accepted ? report.get().getPeopleReached() : 0,
                    accepted ? report.get().getActivities() : 0, accepted ? report.get().getVolunteers() : 0,
                    shareable ? report.get().getStory() : null, shareable && report.get().hasPhoto());
        });
    }

    /** The photo of a project's shared story, only when the story may be shared. */
    public Optional<LearningReport> sharedPhoto(UUID grantId) {
        return reports.findByGrantId(grantId)
                .filter(report -> report.getOutcome() == ReportOutcome.ACCEPTED && report.isStoryShareable())
                .filter(LearningReport::hasPhoto);
    }

    private ProjectSummary summary(Grant grant) {
        PaymentProgress progress = new PaymentProgress(payments(grant).stream().mapToLong(LedgerEntry::getAmountPence).sum(),
                grant.getAmountPence());
        Optional<Journey> journey = journeys.find(grant.getJourneyId());
        return new ProjectSummary(grant.getId(), grant.getTitle(), grant.getJourneyId(),
                journey.map(Journey::getTitle).orElse(""),
                journey.map(j -> j.getWardCodes().stream().sorted().toList()).orElse(List.of()),
                status(grant), progress.paidPence(), progress.approvedPence(), grant.getVotedPence(),
                grant.getAmountChangeReason(), progress.text());
    }

    private Status status(Grant grant) {
        Optional<LearningReport> report = reports.findByGrantId(grant.getId());
        if (report.isPresent() && report.get().getOutcome() == ReportOutcome.ACCEPTED) {
            return Status.CLOSED;
        }
        if (report.isPresent()) {
            return Status.REPORTED;
        }
        if (requests.existsById(grant.getId())) {
            return Status.UNDER_WAY;
        }
        return grant.getStatus().isPaid() ? Status.PAID
                : grant.getStatus() == GrantStatus.PART_PAID ? Status.PART_PAID : Status.AGREED;
    }

    static Wording paymentOf(long paidPence, long approvedPence) {
        return new PaymentProgress(paidPence, approvedPence).wording();
    }

    private List<LedgerEntry> payments(Grant grant) {
        return chest.ledgerOfJourney(grant.getJourneyId()).stream()
                .filter(entry -> entry.getKind() == LedgerEntryKind.PAYMENT && grant.getId().equals(entry.getGrantId()))
                .toList();
    }

    private List<TimelineEntry> timeline(Grant grant, Optional<LearningReport> report) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(grant.getCreatedAt(), Wording.of("review.timeline.opened")));
        List<LedgerEntry> paid = payments(grant);
        long soFar = 0;
        for (LedgerEntry payment : paid) {
            soFar += payment.getAmountPence();
            entries.add(new TimelineEntry(payment.getRecordedAt(), Wording.of("review.timeline.payment",
                    new Pounds(payment.getAmountPence()), paymentOf(soFar, grant.getAmountPence()))));
        }
        requests.findById(grant.getId()).map(LearningReportRequest::getRequestedAt)
                .ifPresent(at -> entries.add(new TimelineEntry(at, Wording.of("review.timeline.asked"))));
        report.ifPresent(r -> {
            entries.add(new TimelineEntry(r.getSubmittedAt(), Wording.of("review.timeline.sent")));
            if (r.getOutcome() == ReportOutcome.ACCEPTED && r.getReviewedAt() != null) {
                entries.add(new TimelineEntry(r.getReviewedAt(), Wording.of("review.timeline.accepted")));
            }
        });
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }
}
