package org.communityjourneys.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.FundedGrant;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.LearningReportDraft;
import org.communityjourneys.review.domain.LearningReportDraftRepository;
import org.communityjourneys.review.domain.LearningReportFiled;
import org.communityjourneys.review.domain.LearningReportRepository;
import org.communityjourneys.review.domain.LearningReportRequest;
import org.communityjourneys.review.domain.LearningReportRequestRepository;
import org.communityjourneys.review.domain.LearningReportReviewed;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.domain.ReportPhoto;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning reports from funded projects: one per grant, a journey's grant or a hub's start-up
 * grant (which has no journey). The group (the person who applied for the grant) files it on one
 * screen, saving a draft as they go; a facilitator may record it for them
 * after a conversation. A facilitator then accepts it or asks one question back.
 */
@Service
@Transactional
public class LearningReviewService {

    /** How long a group has to send its report once the process asks for it. */
    public static final Duration REPORT_DUE_AFTER = Duration.ofDays(28);
    public static final String REPORT_SCREEN = "learning-report";
    public static final String REVIEW_SCREEN = "review-learning-report";
    static final long DEFAULT_PHOTO_MAX_BYTES = 5L * 1024 * 1024;

    private final ScreenTaskCompletion screenTasks;
    private final LearningReportRepository reports;
    private final LearningReportRequestRepository requests;
    private final LearningReportDraftRepository drafts;
    private final ChestService chest;
    private final GrantLifecycle lifecycle;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final long photoMaxBytes;

    LearningReviewService(LearningReportRepository reports, LearningReportRequestRepository requests,
            LearningReportDraftRepository drafts, ChestService chest, GrantLifecycle lifecycle, CurrentUser currentUser,
            ApplicationEventPublisher events, ObjectMapper json, Optional<Clock> clock,
            @Value("${communityjourneys.review.photo-max-bytes:" + DEFAULT_PHOTO_MAX_BYTES + "}") long photoMaxBytes, ScreenTaskCompletion screenTasks) {
        this.screenTasks = screenTasks;
        this.reports = reports;
        this.requests = requests;
        this.drafts = drafts;
        this.chest = chest;
        this.lifecycle = lifecycle;
        this.currentUser = currentUser;
        this.events = events;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
        this.photoMaxBytes = photoMaxBytes;
    }

    public long photoMaxBytes() {
        return photoMaxBytes;
    }

    // ------------------------------------------------------------------------------ asked by the process

    /**
     * The process asks the group for its report (or, after a question, for its answer) with the task
     * {@code taskId}. The holder is the person who applied for the grant, when known; {@code journeyId}
     * is null for a hub's start-up grant.
     */
    public void reportRequested(UUID grantId, UUID journeyId, String holder, String taskId) {
        LearningReportRequest request = requests.findById(grantId).orElseGet(() -> requests.save(new LearningReportRequest(
                grantId, journeyId, holder, clock.instant(), clock.instant().plus(REPORT_DUE_AFTER))));
        request.heldBy(holder);
        request.taskOpened(taskId);
    }

    /** The process asks a facilitator to review the report with the task {@code taskId}. */
    public void reviewRequested(UUID grantId, String taskId) {
        requests.findById(grantId).ifPresent(request -> request.taskOpened(taskId));
    }

    // ------------------------------------------------------------------------------ the group's screen

    /** The request behind a task of the report or review screen. */
    @Transactional(readOnly = true)
    public Optional<LearningReportRequest> requestForTask(String taskId) {
        return taskId == null ? Optional.empty() : requests.findByTaskId(taskId);
    }

    @Transactional(readOnly = true)
    public Optional<LearningReportRequest> request(UUID grantId) {
        return requests.findById(grantId);
    }

    /** Saves the unfinished report so it survives logging out. Only the grant's holder (or a facilitator) may. */
    public void saveDraft(UUID grantId, LearningReportAnswers answers, PhotoUpload photo) {
        String by = mayReportFor(grantId);
        String type = checkedPhotoType(photo);
        LearningReportDraft draft = drafts.findById(grantId).orElseGet(() -> new LearningReportDraft(grantId));
        draft.save(toJson(answers), photo == null ? null : photo.bytes(), type, by, clock.instant());
        drafts.save(draft);
    }

    /** The saved draft's answers, if there is one. */
    @Transactional(readOnly = true)
    public Optional<LearningReportAnswers> draft(UUID grantId) {
        return drafts.findById(grantId).map(draft -> fromJson(draft.getContent()));
    }

    @Transactional(readOnly = true)
    public boolean draftHasPhoto(UUID grantId) {
        return drafts.findById(grantId).map(draft -> draft.getPhoto() != null).orElse(false);
    }

    /**
     * Files the report for the grant and finishes the screen's task. The group files its own
     * report; a facilitator records it for them and must say when they spoke ({@code conversationNote}).
     * Spending over the grant needs an explanation; a photo must be a JPEG, PNG or WebP under the limit.
     */
    public void fileReport(UUID grantId, String taskId, LearningReportAnswers answers, PhotoUpload photo,
            String conversationNote) {
        String by = mayReportFor(grantId);
        boolean facilitator = !isHolder(grantId, by);
        if (facilitator && (conversationNote == null || conversationNote.isBlank())) {
            throw Refused.input("review.refused.conversationNote");
        }
        FundedGrant grant = chest.fundedGrant(grantId);
        List<Wording> problems = answers.problems(grant.amountPence());
        if (!problems.isEmpty()) {
            throw Refused.input(problems);
        }
        String type = checkedPhotoType(photo);
        byte[] bytes = photo == null ? null : photo.bytes();
        Optional<LearningReportDraft> draft = drafts.findById(grantId);
        if (bytes == null && draft.isPresent() && draft.get().getPhoto() != null) {
            bytes = draft.get().getPhoto();
            type = draft.get().getPhotoType();
        }
        LearningReport report = reports.findByGrantId(grantId)
                .orElseGet(() -> new LearningReport(grantId, grant.journeyId()));
        if (report.getOutcome() == ReportOutcome.SUBMITTED) {
            throw Refused.state("review.refused.alreadySent");
        }
        if (report.getOutcome() == ReportOutcome.ACCEPTED) {
            throw Refused.state("review.refused.alreadyAccepted");
        }
        report.submit(answers, bytes, type, by, facilitator ? "Recorded by a facilitator after a conversation: "
                + conversationNote.trim() : null, clock.instant());
        reports.save(report);
        draft.ifPresent(drafts::delete);
        events.publishEvent(new LearningReportFiled(grantId, grant.journeyId(), by, facilitator));
        lifecycle.recordReported(grantId);
        if (taskId != null) {
            screenTasks.complete(new TaskDoneOnScreen(taskId, grant.processKey(), REPORT_SCREEN,
                    Map.of("learningReportFiled", true), grantId));
        }
    }

    // ------------------------------------------------------------------------------ the facilitator's screen

    /**
     * Accepts the report, or asks the group one question about it (only once: the answer must then
     * be accepted), with the themes, tags and whether the story may be shared. Finishes the task.
     */
    public void review(UUID grantId, String taskId, boolean accepted, String note, Set<Theme> themes, String tags,
            boolean storyShareable) {
        currentUser.requireAnyOf(Role.FACILITATOR);
        String by = currentUser.require();
        LearningReport report = reports.findByGrantId(grantId)
                .orElseThrow(() -> Refused.state("review.refused.noReportSent"));
        if (report.getOutcome() != ReportOutcome.SUBMITTED) {
            throw Refused.state("review.refused.notWaitingForReview");
        }
        if (note != null && note.length() > 1000) {
            throw Refused.input("review.refused.noteTooLong");
        }
        if (tags != null && tags.length() > 500) {
            throw Refused.input("review.refused.tagsTooLong");
        }
        Set<Theme> chosen = themes == null ? Set.of() : themes;
        if (accepted) {
            report.accept(chosen, tags, storyShareable, note, by, clock.instant());
        } else {
            if (note == null || note.isBlank()) {
                throw Refused.input("review.refused.sayWhatToClarify");
            }
            if (report.isClarificationAsked()) {
                throw Refused.state("review.refused.alreadyAsked");
            }
            report.askForClarification(chosen, tags, storyShareable, note, by, clock.instant());
        }
        events.publishEvent(new LearningReportReviewed(grantId, report.getJourneyId(), by, accepted));
        if (taskId != null) {
            screenTasks.complete(new TaskDoneOnScreen(taskId, chest.fundedGrant(grantId).processKey(), REVIEW_SCREEN,
                    Map.of("reviewDecision", accepted ? "accept" : "clarify"), grantId));
        }
    }

    // ------------------------------------------------------------------------------ the process's guard

    /**
     * Refuses to let a learning-review task be finished when what it stands for has not happened:
     * a report task ({@code reviewStep} false) only once the report is filed and waits for its
     * review; a review task only once the report is accepted ({@code decision} "accept") or one
     * question has been asked ("clarify"), as the decision says. So no path of the model reaches
     * "learning reviewed" without a filed and accepted report, whatever variables a task is given.
     *
     * @throws IllegalStateException saying what is missing; the task then stays open
     */
    public void requireStepDone(UUID grantId, boolean reviewStep, String decision) {
        Optional<ReportOutcome> outcome = reports.findByGrantId(grantId).map(LearningReport::getOutcome);
        if (!reviewStep) {
            if (outcome.orElse(null) != ReportOutcome.SUBMITTED) {
                throw Refused.state("review.refused.reportStepNotDone");
            }
            return;
        }
        ReportOutcome expected = "accept".equals(decision) ? ReportOutcome.ACCEPTED
                : "clarify".equals(decision) ? ReportOutcome.CLARIFICATION_ASKED : null;
        if (expected == null || outcome.orElse(null) != expected) {
            throw Refused.state("review.refused.reviewStepNotDone");
        }
    }

    // ------------------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public Optional<LearningReport> reportFor(UUID grantId) {
        return reports.findByGrantId(grantId);
    }

    @Transactional(readOnly = true)
    public List<LearningReport> allReports() {
        return reports.findAll();
    }

    /** Reports asked for whose due date has passed and which the group has not sent yet, oldest first. */
    @Transactional(readOnly = true)
    public List<LearningReportRequest> overdue() {
        Instant now = clock.instant();
        return requests.findAll().stream()
                .filter(request -> request.getDueAt().isBefore(now))
                .filter(request -> reports.findByGrantId(request.getGrantId())
                        .map(report -> report.getOutcome() == ReportOutcome.CLARIFICATION_ASKED).orElse(true))
                .sorted(Comparator.comparing(LearningReportRequest::getDueAt))
                .toList();
    }

    // ------------------------------------------------------------------------------ rules

    /** Who may write this grant's report: its holder, or a facilitator. Returns the username. */
    private String mayReportFor(UUID grantId) {
        currentUser.requireAnyOf(Role.RESIDENT, Role.APPLICANT, Role.FACILITATOR);
        String by = currentUser.require();
        if (currentUser.hasRole(Role.FACILITATOR)) {
            return by;
        }
        LearningReportRequest request = requests.findById(grantId)
                .orElseThrow(() -> Refused.state("review.refused.notAskedYet"));
        if (!request.isHeldBy(by)) {
            throw Refused.state("review.refused.notYours");
        }
        return by;
    }

    private boolean isHolder(UUID grantId, String username) {
        return requests.findById(grantId).map(request -> request.isHeldBy(username)).orElse(false);
    }

    private String checkedPhotoType(PhotoUpload photo) {
        if (photo == null) {
            return null;
        }
        ReportPhoto.problem(photo, photoMaxBytes).ifPresent(problem -> {
            throw Refused.input(List.of(problem));
        });
        return photo.contentType().orElseThrow();
    }

    private String toJson(LearningReportAnswers answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The draft could not be saved.", e);
        }
    }

    private LearningReportAnswers fromJson(String content) {
        try {
            return json.readValue(content, LearningReportAnswers.class);
        } catch (JsonProcessingException e) {
            return LearningReportAnswers.empty();
        }
    }
}
