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
import org.communityjourneys.shared.domain.Wording;
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
                ? Notice.worded(Wording.of("notice.ideasOpen.subject", journey.getTitle()),
                        until("notice.ideasOpen.body", journey.getIdeasCloseAt()), "/journeys/" + journey.getId() + "/ideas")
                : Notice.worded(Wording.of("notice.voteOpen.subject", journey.getTitle()),
                        until("notice.voteOpen.body", journey.getVoteClosesAt()), "/journeys/" + journey.getId() + "/vote");
        notifications.tell(directory.residentsOfWards(journey.getWardCodes()), notice, cause(event));
    }

    /** Results published: every resident of the journey's wards. */
    @ApplicationModuleListener
    void on(ResultPublished event) {
        Journey journey = journeys.get(event.journeyId());
        int winners = event.winningIdeaIds().size();
        notifications.tell(directory.residentsOfWards(journey.getWardCodes()),
                Notice.worded(Wording.of("notice.results.subject", journey.getTitle()),
                        Wording.of(winners == 1 ? "notice.results.body.one" : "notice.results.body", String.valueOf(winners)),
                        "/journeys/" + journey.getId()), cause(event));
    }

    /** What became of my idea: its author. */
    @ApplicationModuleListener
    void on(IdeaOutcomeDecided event) {
        directory.find(event.author()).ifPresent(author -> {
            Object outcome = outcome(event.outcome());
            boolean noReason = event.reason() == null || event.reason().isBlank();
            notifications.tell(List.of(author), Notice.worded(Wording.of("notice.idea.subject", event.title(), outcome),
                    noReason ? Wording.of("notice.idea.body", event.title(), outcome)
                            : Wording.of("notice.idea.body.reason", event.title(), outcome, event.reason().trim()),
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
        String on = event.onProject() ? "project" : "idea";
        if (event.answeredAuthor() != null && !event.answeredAuthor().equalsIgnoreCase(event.author())) {
            directory.find(event.answeredAuthor()).ifPresent(person -> notifications.tell(List.of(person),
                    Notice.worded(Wording.of("notice.answer.subject", event.title()),
                            Wording.of("notice.answer.body." + on, event.title()), link), cause(event)));
        }
        boolean toldAlready = event.answeredAuthor() != null && event.answeredAuthor().equalsIgnoreCase(event.leadAuthor());
        if (event.leadAuthor() != null && !event.leadAuthor().equalsIgnoreCase(event.author()) && !toldAlready) {
            directory.find(event.leadAuthor()).ifPresent(person -> notifications.tell(List.of(person),
                    Notice.worded(Wording.of("notice.comment.subject." + on, event.title()),
                            Wording.of("notice.comment.body." + on, event.title()), link),
                    cause(event)));
        }
    }

    /** My comment was hidden by a facilitator: I am told why. */
    @ApplicationModuleListener
    void on(CommentHidden event) {
        String link = event.onProject() ? ProjectComments.pathOf(event.projectId()) : IdeaComments.pathOf(event.journeyId(), event.ideaId());
        directory.find(event.author()).ifPresent(person -> notifications.tell(List.of(person),
                Notice.worded(Wording.of("notice.hidden.subject"), Wording.of("notice.hidden.body", String.valueOf(event.reason())),
                        link), cause(event)));
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
        Wording body = (event.journeyId() == null ? java.util.Optional.<Journey>empty() : journeys.find(event.journeyId()))
                .map(journey -> Wording.of("notice.reminder.body.journey", event.taskName(), journey.getTitle()))
                .orElseGet(() -> Wording.of("notice.reminder.body", event.taskName()));
        notifications.tell(new ArrayList<>(people.values()), Notice.worded(Wording.of("notice.reminder.subject", event.taskName()),
                body, event.taskId() == null ? "/tasks" : "/tasks/" + event.taskId()), cause(event));
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

    /** The body that says until when, or the one without when there is no closing time. */
    private static Wording until(String key, Instant closes) {
        return closes == null ? Wording.of(key) : Wording.of(key + ".until", new Wording.Deadline(closes));
    }

    /** What became of an idea, in each language when it is one of the ideas module's four outcomes. */
    private static Object outcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "shortlisted" -> Wording.of("notice.outcome.shortlisted");
            case "not shortlisted" -> Wording.of("notice.outcome.notShortlisted");
            case "hidden by a moderator" -> Wording.of("notice.outcome.hidden");
            case "merged with another idea" -> Wording.of("notice.outcome.merged");
            default -> String.valueOf(outcome);
        };
    }
}
