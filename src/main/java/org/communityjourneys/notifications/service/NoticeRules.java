package org.communityjourneys.notifications.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.discussion.domain.CommentHidden;
import org.communityjourneys.discussion.domain.CommentPosted;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.ResidentDirectory;
import org.communityjourneys.identity.service.ResidentDirectory.Contact;
import org.communityjourneys.ideas.domain.IdeaOutcomeDecided;
import org.communityjourneys.ideas.service.IdeaComments;
import org.communityjourneys.review.service.ProjectComments;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.domain.JourneyStageChanged;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.notifications.domain.Notice;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.voting.domain.ResultPublished;
import org.communityjourneys.tasks.domain.TaskReminderDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what, and when. Each rule runs after the change that caused it has committed, in its
 * own transaction (Spring Modulith's durable event publication registry retries it after a crash),
 * so a notification or a failed mail can never undo the change itself. A rule may run twice for
 * one event (a stale publication resubmitted while the first run was still going on another node):
 * each notice carries the event's key ({@link #cause}), so nobody is told twice.
 */
@Component
class NoticeRules {


    private final Notifications notifications;
    private final ResidentDirectory directory;
    private final JourneyService journeys;

    NoticeRules(Notifications notifications, ResidentDirectory directory, JourneyService journeys) {
        this.notifications = notifications;
        this.directory = directory;
        this.journeys = journeys;
    }

    /** A journey in my ward opens for ideas, or for the vote: every resident of its wards. */
    @ApplicationModuleListener
    void on(JourneyStageChanged event) {
        if (event.to() != JourneyStage.IDEAS && event.to() != JourneyStage.VOTE) {
            return;
        }
        Journey journey = journeys.get(event.journeyId());
        Notice notice = event.to() == JourneyStage.IDEAS
                ? new Notice("Ideas are open: " + journey.getTitle(),
                        "A community journey in your ward is asking for ideas" + until(journey.getIdeasCloseAt())
                                + ". Put forward an idea of your own or support someone else's.",
                        "/journeys/" + journey.getId() + "/ideas")
                : new Notice("The vote is open: " + journey.getTitle(),
                        "Residents of your ward can now vote on the shortlisted ideas" + until(journey.getVoteClosesAt())
                                + ". One ballot per resident.",
                        "/journeys/" + journey.getId() + "/vote");
        notifications.tell(directory.residentsOfWards(journey.getWardCodes()), notice, cause(event));
    }

    /** Results published: every resident of the journey's wards. */
    @ApplicationModuleListener
    void on(ResultPublished event) {
        Journey journey = journeys.get(event.journeyId());
        int winners = event.winningIdeaIds().size();
        String chosen = winners == 1 ? "1 idea was chosen" : winners + " ideas were chosen";
        notifications.tell(directory.residentsOfWards(journey.getWardCodes()),
                new Notice("Results published: " + journey.getTitle(),
                        "The vote is counted and the result is certified: " + chosen
                                + ". Anyone can check the count with the published ballots.",
                        "/journeys/" + journey.getId()), cause(event));
    }

    /** What became of my idea: its author. */
    @ApplicationModuleListener
    void on(IdeaOutcomeDecided event) {
        directory.find(event.author()).ifPresent(author -> {
            String reason = event.reason() == null || event.reason().isBlank() ? "" : " The reason given: " + event.reason().trim();
            notifications.tell(List.of(author), new Notice("Your idea \"" + event.title() + "\" was " + event.outcome(),
                    "Your idea \"" + event.title() + "\" was " + event.outcome() + "." + reason,
                    "/journeys/" + event.journeyId() + "/ideas"), cause(event));
        });
    }

    /**
     * A new comment on my idea or my group's funded project: its lead; an answer to my comment:
     * that comment's author. Nobody is told of their own words, and nobody twice for one comment.
     */
    @ApplicationModuleListener
    void on(CommentPosted event) {
        String link = event.onProject() ? ProjectComments.pathOf(event.projectId()) : IdeaComments.pathOf(event.journeyId(), event.ideaId());
        String what = (event.onProject() ? "the funded project \"" : "the idea \"") + event.title() + "\"";
        if (event.answeredAuthor() != null && !event.answeredAuthor().equalsIgnoreCase(event.author())) {
            directory.find(event.answeredAuthor()).ifPresent(person -> notifications.tell(List.of(person),
                    new Notice("An answer to your comment on \"" + event.title() + "\"",
                            "Someone answered your comment on " + what + ".", link), cause(event)));
        }
        boolean toldAlready = event.answeredAuthor() != null && event.answeredAuthor().equalsIgnoreCase(event.leadAuthor());
        if (event.leadAuthor() != null && !event.leadAuthor().equalsIgnoreCase(event.author()) && !toldAlready) {
            String yours = event.onProject() ? "your group's project" : "your idea";
            directory.find(event.leadAuthor()).ifPresent(person -> notifications.tell(List.of(person),
                    new Notice("A new comment on " + yours + " \"" + event.title() + "\"",
                            "Someone commented on " + yours + " \"" + event.title() + "\". As its lead, you can answer there.", link),
                    cause(event)));
        }
    }

    /** My comment was hidden by a facilitator: I am told why. */
    @ApplicationModuleListener
    void on(CommentHidden event) {
        String link = event.onProject() ? ProjectComments.pathOf(event.projectId()) : IdeaComments.pathOf(event.journeyId(), event.ideaId());
        directory.find(event.author()).ifPresent(person -> notifications.tell(List.of(person),
                new Notice("Your comment was hidden", "A facilitator hid your comment from the discussion. The reason given: "
                        + event.reason(), link), cause(event)));
    }

    /**
     * A task has waited too long: its assignee, otherwise everyone holding one of its candidate
     * roles, otherwise (a reminder that names no one) the facilitators.
     */
    @ApplicationModuleListener
    void on(TaskReminderDue event) {
        Map<String, Contact> people = new LinkedHashMap<>();
        event.assignees().forEach(username -> directory.find(username).ifPresent(c -> people.put(c.username(), c)));
        if (people.isEmpty()) {
            Set<Role> roles = rolesOf(event.candidateGroups());
            directory.holdersOfAnyRole(roles.isEmpty() ? EnumSet.of(Role.FACILITATOR) : roles)
                    .forEach(c -> people.put(c.username(), c));
        }
        String journey = event.journeyId() == null ? "" : journeys.find(event.journeyId())
                .map(j -> " for the journey \"" + j.getTitle() + "\"").orElse("");
        notifications.tell(new ArrayList<>(people.values()), new Notice("Reminder: " + event.taskName(),
                "The task \"" + event.taskName() + "\"" + journey + " is still waiting. Please pick it up or hand it on.",
                event.taskId() == null ? "/tasks" : "/tasks/" + event.taskId()), cause(event));
    }

    /**
     * The event as a key: its type and a name-based UUID of its value (the events are records, so
     * equal events give equal keys). A rule run again for the same event, as when a stale
     * publication is resubmitted, finds its notices already there.
     */
    static String cause(Record event) {
        return event.getClass().getSimpleName() + ":"
                + UUID.nameUUIDFromBytes(event.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Set<Role> rolesOf(List<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> Arrays.stream(Role.values()).filter(role -> role.name().equals(group)).forEach(roles::add));
        return roles;
    }

    private static String until(Instant closes) {
        return closes == null ? "" : " until " + UkTime.deadline(closes);
    }
}
