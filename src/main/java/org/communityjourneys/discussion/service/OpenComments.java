package org.communityjourneys.discussion.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.discussion.domain.Comment;
import org.communityjourneys.discussion.domain.CommentRepository;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.service.Projects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussions as open data: what anyone may read of the comments on a public idea, a funded
 * project or a whole journey, with no personal data (no names, no usernames, no reasons a
 * facilitator gave the author; a voice says only whether a resident, the lead or a facilitator
 * spoke). Deleted and hidden comments keep their place without their text, so replies still make sense.
 */
@Service
@Transactional(readOnly = true)
public class OpenComments {

    /** One comment as open data; {@code state} is "shown", "deleted" or "hidden", and the text is empty unless shown. */
    public record PublicComment(UUID id, UUID ideaId, UUID projectId, UUID answers, String voice, String text, Instant postedAt,
            Instant editedAt, String state) {
    }

    private final CommentRepository comments;
    private final IdeaService ideas;
    private final JourneyService journeys;
    private final Projects projects;

    OpenComments(CommentRepository comments, IdeaService ideas, JourneyService journeys, Projects projects) {
        this.comments = comments;
        this.ideas = ideas;
        this.journeys = journeys;
        this.projects = projects;
    }

    /** The comments on an idea the public can see; empty when there is no such idea (or it is hidden). */
    public Optional<List<PublicComment>> ofIdea(UUID ideaId) {
        return ideas.find(ideaId).filter(this::isPublic)
                .map(idea -> inThreadOrder(comments.findByIdeaIdOrderByPostedAtAscIdAsc(ideaId)));
    }

    /** The comments on a funded project; empty when there is no such project. */
    public Optional<List<PublicComment>> ofProject(UUID projectId) {
        return projects.project(projectId).map(project -> inThreadOrder(comments.findByProjectIdOrderByPostedAtAscIdAsc(projectId)));
    }

    /** Every comment of a public journey, on its public ideas and its funded projects; empty when there is no such journey. */
    public Optional<List<PublicComment>> ofJourney(UUID journeyId) {
        return journeys.find(journeyId).filter(OpenComments::isPublic).map(journey -> {
            Map<UUID, Boolean> publicIdea = new HashMap<>();
            return inThreadOrder(comments.findByJourneyIdOrderByPostedAtAscIdAsc(journeyId).stream()
                    .filter(comment -> comment.isOnProject()
                            ? projects.project(comment.getProjectId()).isPresent()
                            : publicIdea.computeIfAbsent(comment.getIdeaId(), id -> ideas.find(id).filter(this::isPublic).isPresent()))
                    .toList());
        });
    }

    private boolean isPublic(Idea idea) {
        return idea.getStatus() != IdeaStatus.HIDDEN && journeys.find(idea.getJourneyId()).filter(OpenComments::isPublic).isPresent();
    }

    /** A journey refused at launch never ran in public (as the open-data journeys). */
    private static boolean isPublic(Journey journey) {
        return journey.getStage() != JourneyStage.LAUNCH_REFUSED;
    }

    private static List<PublicComment> inThreadOrder(List<Comment> oldestFirst) {
        Map<UUID, List<Comment>> replies = new HashMap<>();
        oldestFirst.stream().filter(Comment::isReply).forEach(reply -> replies.computeIfAbsent(reply.getParentId(), k -> new ArrayList<>()).add(reply));
        List<PublicComment> thread = new ArrayList<>();
        for (Comment comment : oldestFirst) {
            if (!comment.isReply()) {
                thread.add(open(comment));
                replies.getOrDefault(comment.getId(), List.of()).forEach(reply -> thread.add(open(reply)));
            }
        }
        return thread;
    }

    private static PublicComment open(Comment comment) {
        String state = comment.isDeleted() ? "deleted" : comment.isHidden() ? "hidden" : "shown";
        String voice = comment.isOnProject() ? comment.getVoice().labelOnProject() : comment.getVoice().label();
        return new PublicComment(comment.getId(), comment.getIdeaId(), comment.getProjectId(), comment.getParentId(), voice,
                state.equals("shown") ? comment.getBody() : "", comment.getPostedAt(), comment.getEditedAt(), state);
    }
}
