package org.communityjourneys.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.AssetNote;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.service.ShowcaseService;

/** Test data: launch plans and journeys. */
public final class Journeys {

    /** Leominster East. */
    public static final String WARD = "E05009468";

    private Journeys() {
    }

    /**
     * Makes each username a verified resident of {@link #WARD} (unless the account exists), as
     * putting forward and supporting ideas needs.
     */
    public static void residents(org.communityjourneys.identity.service.AccountService accounts, String... usernames) {
        for (String username : usernames) {
            accounts.ensureAccount(username, "Resident " + username, "a long test password",
                    java.util.EnumSet.of(org.communityjourneys.identity.domain.Role.RESIDENT), WARD, true);
        }
    }

    /**
     * A verified resident of Leominster East, made if need be: only verified residents of a
     * journey's wards put forward and support ideas.
     */
    public static String residentOfTheWard(AccountService accounts, String username) {
        accounts.ensureAccount(username, "Neighbour " + username, "a long enough password", EnumSet.of(Role.RESIDENT), WARD, true);
        return username;
    }

    /**
     * A facilitator confirms in person that a newly registered resident lives in their ward, as on
     * the residents screen: until then the resident may not put forward or support ideas.
     */
    public static void verifyInPerson(ResidentRegistration registration, AccountService accounts, String username) {
        UUID id = accounts.find(username).orElseThrow(() -> new AssertionError("no account " + username)).getId();
        SignedIn.asFacilitator(() -> {
            registration.verifyInPerson(id, "Met at Leominster library");
            return null;
        });
    }

    /**
     * Puts forward one £900 idea per title for a launched journey (a unique title each, by the
     * demo resident), finds them eligible and confirms them as the shortlist; returns their ids in
     * the order given, ready for {@code VoteService.openVote}.
     */
    public static List<UUID> shortlist(IdeaService ideas, UUID journeyId, String... titles) {
        ideas.openWindow(journeyId);
        List<UUID> onBallot = new java.util.ArrayList<>();
        for (String title : titles) {
            onBallot.add(SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, new org.communityjourneys.ideas.domain.IdeaDraft(
                    title + " " + UUID.randomUUID(), "For neighbours.", 90_000, Theme.BEST_START_IN_LIFE, WARD, "A group",
                    "group@example.org"), "resident")));
        }
        ideas.closeWindow(journeyId, true);
        onBallot.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        return onBallot;
    }

    public static LaunchPlan plan(long budgetPence) {
        Instant now = Instant.now();
        return new LaunchPlan("Leominster East: best start in life", Set.of(WARD), Theme.BEST_START_IN_LIFE, budgetPence,
                now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(21)), now.plus(Duration.ofDays(35)));
    }

    public static Journey launch(JourneyService journeys, long budgetPence) {
        return SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(plan(budgetPence), "facilitator"));
    }

    /**
     * Launches a journey and runs its due asynchronous steps (the budget reservation), as the job
     * executor would: afterwards the journey waits at "Record showcase conversation".
     */
    public static Journey launchToShowcase(JourneyService journeys, ManagementService management, long budgetPence) {
        Journey journey = launch(journeys, budgetPence);
        runDueJobs(management, journeys.get(journey.getId()).getProcessInstanceId());
        return journeys.get(journey.getId());
    }

    /** Runs the jobs of one process instance that are due now (not future timers), until none is left. */
    public static void runDueJobs(ManagementService management, String processInstanceId) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for process instance " + processInstanceId);
    }

    /**
     * Records one showcase conversation as the demo facilitator, as the showcase screen would;
     * the "Record showcase conversations" task can then be completed.
     */
    public static void recordConversation(ShowcaseService showcase, UUID journeyId, String venue) {
        SignedIn.asFacilitator(() -> showcase.record(journeyId, new ConversationRecord(
                LocalDate.now().minusDays(2), venue, 18,
                List.of(new AssetNote(AssetKind.PLACE, "A library with a meeting room", null)),
                List.of("Volunteers offered to run a stay-and-play"),
                List.of(new NeedNote("Somewhere warm to meet with babies", Set.of(Theme.BEST_START_IN_LIFE), Set.of())),
                List.of(StoryNote.text("Parents said they had nowhere to go on wet days.")))));
    }

    /**
     * Launches a journey for Leominster East with the job executor running (browser tests), records
     * a showcase conversation and finishes the showcase: afterwards the journey takes ideas.
     */
    public static Journey takingIdeas(JourneyService journeys, ShowcaseService showcase, TaskService tasks, IdeaService ideas) {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(plan(500_000), "facilitator"));
        Task task = waitUntil(() -> tasks.createTaskQuery().processInstanceBusinessKey(journey.getId().toString())
                .taskDefinitionKey("recordShowcase").singleResult(), "the showcase task");
        recordConversation(showcase, journey.getId(), "Leominster library");
        tasks.complete(task.getId(), Map.of());
        waitUntil(() -> ideas.isWindowOpen(journey.getId()) ? Boolean.TRUE : null, "the ideas window to open");
        return journeys.get(journey.getId());
    }

    /**
     * Polls every 200 ms for up to a minute until {@code look} finds something; a failure while
     * looking is thrown at once (Awaitility does not ignore exceptions unless told to).
     */
    private static <T> T waitUntil(Supplier<T> look, String what) {
        return Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(look::get, Objects::nonNull);
    }
}
