package org.communityjourneys.discussion.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.discussion.domain.Comment;
import org.communityjourneys.discussion.domain.CommentHidden;
import org.communityjourneys.discussion.domain.CommentPosted;
import org.communityjourneys.discussion.domain.CommentReport;
import org.communityjourneys.discussion.domain.CommentReportRepository;
import org.communityjourneys.discussion.domain.CommentRepository;
import org.communityjourneys.discussion.domain.Voice;
import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.VoterProfile;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.AttemptLimits;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.identity.service.ResidentDirectory;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaComments;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.service.ProjectComments;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on ideas and on funded projects. Who: verified residents of the journey's wards, the
 * idea's lead (its author) or the project's group (its grant's holder), marked as the lead, and
 * facilitators (marked as such). When: on an idea still in play while the journey's ideas window
 * or its vote is open; on a funded project while it runs (from its agreement until its learning
 * report is accepted). Replies go one level deep. An author may change a
 * comment for {@link #EDIT_TIME} and delete it at any time; anyone signed in may report one once;
 * a facilitator or governance lead hides one with a reason its author sees. Residents' comments
 * count against a per-account limit ({@code communityjourneys.limits.comment.*}). Every refusal
 * changes nothing.
 */
@Service
@Transactional
public class DiscussionService implements IdeaComments, ProjectComments {

    /** How long after posting its author may still change a comment. */
    public static final Duration EDIT_TIME = Duration.ofMinutes(15);
    static final int LONGEST_COMMENT = 2000;
    static final int LONGEST_REASON = 500;

    private final CommentRepository comments;
    private final CommentReportRepository reports;
    private final IdeaService ideas;
    private final Projects projects;
    private final ChestService chest;
    private final VoteService votes;
    private final JourneyService journeys;
    private final AccountService accounts;
    private final ResidentDirectory directory;
    private final AttemptLimits limits;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DiscussionService(CommentRepository comments, CommentReportRepository reports, IdeaService ideas, Projects projects,
            ChestService chest, VoteService votes, JourneyService journeys, AccountService accounts, ResidentDirectory directory, AttemptLimits limits, CurrentUser currentUser,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.comments = comments;
        this.reports = reports;
        this.ideas = ideas;
        this.projects = projects;
        this.chest = chest;
        this.votes = votes;
        this.journeys = journeys;
        this.accounts = accounts;
        this.directory = directory;
        this.limits = limits;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Comments and replies of an idea as {@code viewer} sees them, oldest first, each reply after its comment. */
    @Transactional(readOnly = true)
    public List<CommentView> thread(UUID ideaId, String viewer) {
        List<Comment> all = comments.findByIdeaIdOrderByPostedAtAscIdAsc(ideaId);
        return threadOf(all, viewer, !all.isEmpty() && idea(ideaId).open());
    }

    /** As {@link #thread}, for a funded project. */
    @Transactional(readOnly = true)
    public List<CommentView> projectThread(UUID projectId, String viewer) {
        List<Comment> all = comments.findByProjectIdOrderByPostedAtAscIdAsc(projectId);
        return threadOf(all, viewer, !all.isEmpty() && project(projectId).open());
    }

    private List<CommentView> threadOf(List<Comment> all, String viewer, boolean open) {
        // a viewer named by the caller counts only when it is the person signed in: nobody reads
        // another's hidden comment by naming its author
        String signedIn = currentUser.username().orElse(null);
        String me = viewer != null && viewer.equalsIgnoreCase(signedIn) ? viewer : null;
        boolean moderator = currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.GOVERNANCE);
        Map<UUID, List<Comment>> replies = new HashMap<>();
        all.stream().filter(Comment::isReply).forEach(reply -> replies.computeIfAbsent(reply.getParentId(), k -> new ArrayList<>()).add(reply));
        List<CommentView> thread = new ArrayList<>();
        for (Comment comment : all) {
            if (comment.isReply()) {
                continue;
            }
            thread.add(view(comment, me, moderator, open));
            for (Comment reply : replies.getOrDefault(comment.getId(), List.of())) {
                thread.add(view(reply, me, moderator, open));
            }
        }
        return thread;
    }

    private CommentView view(Comment comment, String viewer, boolean moderator, boolean open) {
        boolean mine = viewer != null && viewer.equalsIgnoreCase(comment.getAuthor());
        boolean shownText = !comment.isDeleted() && (!comment.isHidden() || mine || moderator);
        String author = directory.find(comment.getAuthor()).map(ResidentDirectory.Contact::displayName).orElse(comment.getAuthor());
        return new CommentView(comment.getId(), comment.getParentId(), author, comment.getVoice(),
                shownText ? comment.getBody() : "", comment.getPostedAt(), comment.getEditedAt(), comment.isDeleted(),
                comment.isHidden(), mine || moderator ? comment.getHiddenReason() : null, mine,
                mine && open && !comment.isDeleted() && !comment.isHidden() && withinEditTime(comment),
                moderator ? reports.findByKeyCommentIdOrderByReportedAt(comment.getId()).size() : 0);
    }

    /** How many comments the public sees on each idea (replies included; deleted and hidden ones not). */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> counts(Collection<UUID> ideaIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!ideaIds.isEmpty()) {
            comments.countShownByIdea(ideaIds).forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** How many comments the public sees on each funded project (replies included; deleted and hidden ones not). */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> commentCounts(Collection<UUID> projectIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!projectIds.isEmpty()) {
            comments.countShownByProject(projectIds).forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** True while comments may be posted on the idea: in play, and its journey's ideas window or vote open. */
    @Transactional(readOnly = true)
    public boolean isOpen(UUID ideaId) {
        return idea(ideaId).open();
    }

    /** True while comments may be posted on the funded project: from its agreement until its learning report is accepted. */
    @Transactional(readOnly = true)
    public boolean isProjectOpen(UUID projectId) {
        return project(projectId).open();
    }

    /**
     * What a discussion is about, as its rules need it: an idea or a funded project, its journey,
     * its title, its lead (the idea's author or the grant's holder), and whether it is open.
     */
    private record Subject(UUID id, boolean project, UUID journeyId, String title, String lead, boolean open, String closedRefusal) {
    }

    private Subject idea(UUID ideaId) {
        Idea idea = ideas.get(ideaId);
        boolean open = idea.isInPlay() && (ideas.isWindowOpen(idea.getJourneyId()) || votes.isOpen(idea.getJourneyId()));
        return new Subject(ideaId, false, idea.getJourneyId(), idea.getTitle(), idea.getAuthor(), open, idea.isInPlay()
                ? "discussion.refused.ideaClosed" : "discussion.refused.ideaOut");
    }

    private Subject project(UUID projectId) {
        Projects.ProjectSummary project = projects.project(projectId)
                .orElseThrow(() -> new NoSuchElementException("No funded project " + projectId)).project();
        return new Subject(projectId, true, project.journeyId(), project.title(), chest.grant(projectId).getHolder(),
                project.status() != Projects.Status.CLOSED,
                "discussion.refused.projectClosed");
    }

    private Subject subjectOf(Comment comment) {
        return comment.isOnProject() ? project(comment.getProjectId()) : idea(comment.getIdeaId());
    }

    /**
     * {@code author} comments on an idea, or answers a comment ({@code parentId}). Refused unless the
     * discussion is open, the author may speak in it, the text is sound, the comment answered is a
     * shown comment of the same idea (not a reply) and a resident is within their limit.
     */
    public UUID post(UUID ideaId, UUID parentId, String body, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT, Role.FACILITATOR);
        return postOn(idea(ideaId), parentId, body, author);
    }

    /** As {@link #post}, on a funded project while it runs; its group answers as its lead. */
    public UUID postOnProject(UUID projectId, UUID parentId, String body, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT, Role.FACILITATOR);
        return postOn(project(projectId), parentId, body, author);
    }

    private UUID postOn(Subject subject, UUID parentId, String body, String author) {
        requireOpen(subject);
        String text = CommentText.clean(body, LONGEST_COMMENT);
        Voice voice = voiceOf(subject, author);
        Comment parent = null;
        if (parentId != null) {
            parent = get(parentId);
            if (parent.isOnProject() != subject.project() || !parent.getAboutId().equals(subject.id())) {
                throw Refused.input(subject.project() ? "discussion.refused.otherProject" : "discussion.refused.otherIdea");
            }
            if (parent.isReply()) {
                throw Refused.input("discussion.refused.replyToReply");
            }
            if (parent.isDeleted() || parent.isHidden()) {
                throw Refused.state("discussion.refused.parentGone");
            }
        }
        if (voice != Voice.FACILITATOR) {
            limits.checkAccount(LimitedAction.COMMENT, author, "comments");
        }
        Comment comment = comments.save(new Comment(subject.id(), subject.project(), subject.journeyId(), parentId, author, voice, text,
                clock.instant()));
        if (voice != Voice.FACILITATOR) {
            limits.record(LimitedAction.COMMENT, author, null);
        }
        events.publishEvent(new CommentPosted(subject.journeyId(), subject.project() ? null : subject.id(),
                subject.project() ? subject.id() : null, subject.title(), comment.getId(), author, subject.lead(),
                parent == null ? null : parent.getAuthor()));
        return comment.getId();
    }

    /** The author changes their comment within {@link #EDIT_TIME} of posting it, while the discussion is open. */
    public void edit(UUID commentId, String body, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT, Role.FACILITATOR);
        Comment comment = get(commentId);
        requireAuthor(comment, author, "discussion.refused.onlyAuthorChange");
        if (comment.isDeleted() || comment.isHidden()) {
            throw Refused.state("discussion.refused.goneCannotChange");
        }
        requireOpen(subjectOf(comment));
        if (!withinEditTime(comment)) {
            throw Refused.state("discussion.refused.editTimeOver", String.valueOf(EDIT_TIME.toMinutes()));
        }
        comment.edit(CommentText.clean(body, LONGEST_COMMENT), clock.instant());
    }

    /** The author deletes their comment: its text goes, its place (and any replies) stays. */
    public void delete(UUID commentId, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT, Role.FACILITATOR);
        Comment comment = get(commentId);
        requireAuthor(comment, author, "discussion.refused.onlyAuthorDelete");
        if (comment.isDeleted()) {
            throw Refused.state("discussion.refused.alreadyDeleted");
        }
        comment.delete(clock.instant());
    }

    /** Someone signed in tells the facilitators that a comment breaks the rules; once per comment. */
    public void report(UUID commentId, String reason, String reporter) {
        currentUser.requireActingAs(reporter, Role.RESIDENT, Role.APPLICANT, Role.FACILITATOR, Role.GOVERNANCE);
        Comment comment = get(commentId);
        if (comment.getAuthor().equalsIgnoreCase(reporter)) {
            throw Refused.input("discussion.refused.ownComment");
        }
        if (comment.isDeleted() || comment.isHidden()) {
            throw Refused.state("discussion.refused.alreadyGone");
        }
        String why = CommentText.clean(reason, LONGEST_REASON);
        CommentReport.Key key = new CommentReport.Key(commentId, reporter);
        if (reports.existsById(key)) {
            throw Refused.state("discussion.refused.alreadyReported");
        }
        reports.save(new CommentReport(commentId, reporter, why, clock.instant()));
    }

    /** A facilitator or governance lead hides a comment from everyone but its author, who sees the reason. */
    public void hide(UUID commentId, String reason) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE);
        String facilitator = currentUser.require();
        Comment comment = get(commentId);
        if (comment.isHidden()) {
            throw Refused.state("discussion.refused.alreadyHidden");
        }
        if (comment.isDeleted()) {
            throw Refused.state("discussion.refused.deletedByAuthor");
        }
        if (reason == null || reason.isBlank()) {
            throw Refused.input("discussion.refused.reasonMissing");
        }
        String why = CommentText.clean(reason, LONGEST_REASON);
        comment.hide(facilitator, why, clock.instant());
        events.publishEvent(new CommentHidden(comment.getJourneyId(), comment.getIdeaId(), comment.getProjectId(), commentId,
                comment.getAuthor(), facilitator, why));
    }

    /** The reports of a comment, for facilitators. */
    @Transactional(readOnly = true)
    public List<CommentReport> reportsOf(UUID commentId) {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE);
        return reports.findByKeyCommentIdOrderByReportedAt(commentId);
    }

    private Voice voiceOf(Subject subject, String author) {
        if (currentUser.hasRole(Role.FACILITATOR)) {
            return Voice.FACILITATOR;
        }
        if (subject.lead() != null && subject.lead().equalsIgnoreCase(author)) {
            return Voice.LEAD;
        }
        Journey journey = journeys.get(subject.journeyId());
        VoterProfile profile = accounts.voterProfile(author).orElse(null);
        if (profile == null || !profile.enabled() || !profile.verified() || profile.wardCode() == null || !journey.covers(profile.wardCode())) {
            throw Refused.input(subject.project() ? "discussion.refused.onlyResidentsProjects" : "discussion.refused.onlyResidentsIdeas");
        }
        return Voice.RESIDENT;
    }

    private static void requireOpen(Subject subject) {
        if (!subject.open()) {
            throw Refused.state(subject.closedRefusal());
        }
    }

    private static void requireAuthor(Comment comment, String username, String refusal) {
        if (!comment.getAuthor().equalsIgnoreCase(username)) {
            throw Refused.input(refusal);
        }
    }

    private boolean withinEditTime(Comment comment) {
        return clock.instant().isBefore(comment.getPostedAt().plus(EDIT_TIME));
    }

    private Comment get(UUID commentId) {
        return comments.findById(commentId).orElseThrow(() -> new NoSuchElementException("No comment " + commentId));
    }

    /** A comment as one viewer sees it: the text is empty when deleted, and when hidden unless it is theirs or they moderate. */
    public record CommentView(UUID id, UUID parentId, String author, Voice voice, String body, Instant postedAt, Instant editedAt,
            boolean deleted, boolean hidden, String hiddenReason, boolean mine, boolean canEdit, int reports) {
    }
}
