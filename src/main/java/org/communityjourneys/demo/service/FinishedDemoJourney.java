package org.communityjourneys.demo.service;

import org.communityjourneys.shared.domain.ModelContract;
import org.communityjourneys.shared.service.StartupLock;
import static org.communityjourneys.demo.service.RossEastStory.NAMES;
import static org.communityjourneys.demo.service.RossEastStory.comments;
import static org.communityjourneys.demo.service.RossEastStory.resident;
import static org.communityjourneys.demo.service.RossEastStory.scores;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.demo.service.RossEastStory.DemoIdea;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.ideas.domain.ShortlistChoice;
import org.communityjourneys.ideas.service.IdeaPlaces;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.InitialAccounts;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.service.LearningReviewClock;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.PaperCheck;
import org.communityjourneys.voting.service.VoteClock;
import org.communityjourneys.voting.service.PaperEntryChecks;
import org.communityjourneys.voting.service.VoteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A whole journey for Ross East, run once on first start through the real engine and services, as
 * the people whose steps they are: the facilitator records two showcase conversations, residents
 * put forward and support ideas, the facilitator closes ideas early, confirms the shortlist, opens
 * and closes the vote with the stage clocks and enters two paper ballots among fourteen residents'
 * ballots; a second facilitator checks them against the papers (four eyes), then the first
 * certifies the count (the ballots are then public). Each winning idea's group
 * applies for its grant, which goes by its own route (a facilitator's light-touch check up to
 * £1,000, two panel scorers and a chair above), accepts the agreement, is paid by a governance lead
 * (the larger grant in two instalments), files its learning report and has it accepted.
 *
 * <p>It runs on its own thread once the application is ready, because every step after the first
 * waits for the engine's job executor; each step is retried for a while when it is refused
 * because the process has not reached it yet or the engine saw a concurrent change. The journey
 * is dated the day of first start: the services take their own clock, as a real journey does.
 */
@Component
@ConditionalOnProperty(name = "communityjourneys.demo.finished-journey", havingValue = "true")
public class FinishedDemoJourney {

    /** Ross East. */
    public static final String WARD = "E05009479";
    public static final String TITLE = "Ross East: less lonely together";

    private static final Logger log = LoggerFactory.getLogger(FinishedDemoJourney.class);
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final long BUDGET_PENCE = 600_000;
    private static final String FACILITATOR = "facilitator";
    private static final String SECOND_FACILITATOR = "facilitator2";
    private static final String GOVERNANCE = "governance";
    /** The lock a node holds while it runs the demo journey ("CJDemo"): a second node starting at once leaves it. */
    private static final long RUNNING = 0x434a44656d6fL;

    private final StartupLock alone;
    private final AccountService accounts;
    private final JourneyService journeys;
    private final ShowcaseService showcase;
    private final IdeaService ideas;
    private final IdeaPlaces places;
    private final VoteService votes;
    private final VoteClock voteClock;
    private final PaperEntryChecks paperChecks;
    private final ChestService chest;
    private final GrantApplicationService applications;
    private final GrantPanelService panel;
    private final GrantPayments payments;
    private final LearningReviewClock reviewClock;
    private final LearningReviewService reviews;
    private final JourneyTasks tasks;

    private volatile boolean finished;
    private volatile RuntimeException failure;

    FinishedDemoJourney(AccountService accounts, JourneyService journeys, ShowcaseService showcase, IdeaService ideas,
            VoteService votes, VoteClock voteClock, ChestService chest, GrantApplicationService applications,
            GrantPanelService panel, GrantPayments payments, LearningReviewClock reviewClock,
            LearningReviewService reviews, JourneyTasks tasks, PaperEntryChecks paperChecks, StartupLock alone,
            IdeaPlaces places) {
        this.places = places;
        this.alone = alone;
        this.paperChecks = paperChecks;
        this.accounts = accounts;
        this.journeys = journeys;
        this.showcase = showcase;
        this.ideas = ideas;
        this.votes = votes;
        this.voteClock = voteClock;
        this.chest = chest;
        this.applications = applications;
        this.panel = panel;
        this.payments = payments;
        this.reviewClock = reviewClock;
        this.reviews = reviews;
        this.tasks = tasks;
    }

    /** True once the journey has been run to its end (or was there already). */
    public boolean isFinished() {
        return finished;
    }

    /** Why the journey could not be run to its end, if it could not. */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startOnce() {
        if (!journeys.inWard(WARD).isEmpty()) {
            finished = true;
            return;
        }
        Thread runner = new Thread(() -> {
            try {
                boolean ranHere = alone.aloneOrNotAtAll(RUNNING, () -> {
                    if (journeys.inWard(WARD).isEmpty()) {
                        run();
                    }
                    return true;
                });
                if (!ranHere) {
                    log.info("Another node is running the finished demo journey for Ross East; this one leaves it.");
                }
                finished = true;
            } catch (RuntimeException refused) {
                failure = refused;
                log.warn("The finished demo journey for Ross East could not be completed; the rest of the demo works. "
                        + "Delete ./data/pg to try again from scratch.", refused);
            }
        }, "finished-demo-journey");
        runner.setDaemon(true);
        runner.start();
    }

    /** The journey, step by step; each step as its person. */
    void run() {
        log.info("Preparing the finished demo journey for Ross East (about a minute)...");
        residents();
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Journey journey = as(FACILITATOR, Role.FACILITATOR, () -> journeys.launch(new LaunchPlan(TITLE, Set.of(WARD),
                Theme.LONELINESS_AND_ISOLATION, BUDGET_PENCE, today.plus(Duration.ofDays(21)),
                today.plus(Duration.ofDays(28)), today.plus(Duration.ofDays(42))), FACILITATOR));
        UUID id = journey.getId();

        String showcaseTask = task(id, ModelContract.RECORD_SHOWCASE, null);
        as(FACILITATOR, Role.FACILITATOR, () -> {
            showcase.record(id, RossEastStory.conversationAtTheLibrary());
            showcase.record(id, RossEastStory.conversationAtTheMarketHouse());
            showcase.finish(id, showcaseTask);
        });

        eventually("the ideas window to open", () -> ideas.isWindowOpen(id) ? true : null);
        List<UUID> ideaIds = new ArrayList<>();
        for (DemoIdea idea : DemoIdea.values()) {
            ideaIds.add(as(idea.author, Role.RESIDENT, () -> ideas.submit(id, idea.draft(), idea.author)));
        }
        // where the ideas would happen, as their authors would say: two by a Ross East postcode, one on the map
        as(DemoIdea.LUNCH_CLUB.author, Role.RESIDENT, () -> places.placeByPostcode(ideaIds.get(0), "HR9 5AN", DemoIdea.LUNCH_CLUB.author));
        as(DemoIdea.WALKING_GROUP.author, Role.RESIDENT,
                () -> places.placeOnMap(ideaIds.get(1), 51.9135, -2.5905, DemoIdea.WALKING_GROUP.author));
        as(DemoIdea.TOOL_LIBRARY.author, Role.RESIDENT, () -> places.placeByPostcode(ideaIds.get(2), "HR9 5NS", DemoIdea.TOOL_LIBRARY.author));
        for (int resident = 5; resident <= 9; resident++) {
            String supporter = resident(resident);
            as(supporter, Role.RESIDENT, () -> ideas.support(ideaIds.get(0), supporter));
        }
        as(resident(6), Role.RESIDENT, () -> ideas.support(ideaIds.get(1), resident(6)));
        as(FACILITATOR, Role.FACILITATOR, () -> ideas.requestEarlyClose(id, FACILITATOR));

        String shortlistTask = task(id, ModelContract.CONFIRM_SHORTLIST, null);
        as(FACILITATOR, Role.FACILITATOR, () -> ideas.confirmShortlistOnScreen(id, shortlistTask,
                ideaIds.stream().map(idea -> new ShortlistChoice(idea, true, null)).toList()));

        as(FACILITATOR, Role.FACILITATOR, () -> voteClock.openNow(id, FACILITATOR));
        castBallots(id, ideaIds);
        as(FACILITATOR, Role.FACILITATOR, () -> voteClock.closeNow(id, FACILITATOR));

        String certifyTask = task(id, ModelContract.CERTIFY_RESULT, null);
        // four eyes: the facilitator who entered the two paper ballots does not check them
        as(SECOND_FACILITATOR, Role.FACILITATOR, () -> paperChecks.sample(id).stream().filter(PaperCheck::isWaiting)
                .forEach(check -> paperChecks.confirm(id, check.paperNumber(), SECOND_FACILITATOR)));
        as(FACILITATOR, Role.FACILITATOR, () -> votes.decideResult(id, certifyTask, true,
                "Counted by the product and checked against the two paper ballots.", FACILITATOR));

        List<UUID> winners = eventually("the winning ideas' grants", () -> {
            List<UUID> won = votes.winners(id);
            return !won.isEmpty() && chest.grantsOf(id).size() == won.size() ? won : null;
        });
        for (Grant grant : chest.grantsOf(id)) {
            fund(id, grant, DemoIdea.byTitle(grant.getTitle()));
        }
        eventually("the journey to close", () -> journeys.get(id).getStage() == JourneyStage.CLOSED ? true : null);
        log.info("The finished demo journey for Ross East is ready ({} grants paid and reviewed): open /journeys/{}/results",
                winners.size(), id);
    }

    private void residents() {
        for (int number = 1; number <= 14; number++) {
            EnumSet<Role> roles = number <= DemoIdea.values().length ? EnumSet.of(Role.RESIDENT, Role.APPLICANT)
                    : EnumSet.of(Role.RESIDENT);
            accounts.ensureAccount(resident(number), NAMES.get(number - 1), InitialAccounts.DEMO_PASSWORD, roles, WARD, true);
        }
    }

    /** Twelve ballots online and two on paper; most back the lunch club and the walking group. */
    private void castBallots(UUID journeyId, List<UUID> ideaIds) {
        int[][] picks = {{0, 1}, {0, 1}, {0, 1, 2}, {0, 1}, {1, 0}, {0, 3}, {1, 2}, {0, 1}, {0, 1, 3}, {2, 3}, {0, 1},
                {0, 2}, {1}, {0, 1}};
        for (int voter = 1; voter <= picks.length; voter++) {
            List<UUID> chosen = java.util.Arrays.stream(picks[voter - 1]).mapToObj(ideaIds::get).toList();
            String resident = resident(voter);
            if (voter > 12) {
                String paperNumber = "ROSS-" + (voter - 12);
                as(FACILITATOR, Role.FACILITATOR, () -> votes.castOnPaper(journeyId, resident, paperNumber,
                        BallotChoice.picking(chosen), FACILITATOR));
            } else {
                as(resident, Role.RESIDENT, () -> votes.cast(journeyId, resident, BallotChoice.picking(chosen)));
            }
        }
    }

    /** One winning idea from application to reviewed learning report, by the route its amount takes. */
    private void fund(UUID journeyId, Grant grant, DemoIdea idea) {
        UUID grantId = grant.getId();
        String holder = idea.author;
        String application = task(journeyId, ModelContract.COMPLETE_APPLICATION, grantId);
        as(holder, Role.APPLICANT, () -> applications.submit(grantId, application, idea.application()));
        if (idea.costPence <= 100_000) {
            String check = task(journeyId, ModelContract.LIGHT_TOUCH_CHECK, grantId);
            as(FACILITATOR, Role.FACILITATOR, () -> tasks.completeForm(check, Map.of("decision", "approve",
                    "decisionReason", "A group that already runs a lunch club; the costs are modest and clear.")));
        } else {
            for (String scorer : List.of("panel", "panel2")) {
                String scoring = task(journeyId, ModelContract.PANEL_REVIEW, grantId);
                as(scorer, Role.PANEL, () -> panel.score(grantId, scoring, scores(scorer.equals("panel") ? 4 : 5),
                        comments(idea)));
            }
            String chairTask = task(journeyId, ModelContract.PANEL_CHAIR, grantId);
            as("chair", Role.PANEL, () -> panel.chairDecides(grantId, chairTask, true,
                    "Both scorers agree: well planned, with trained leaders and a clear route for new walkers."));
        }
        String agreement = task(journeyId, ModelContract.ACCEPT_AGREEMENT, grantId);
        as(holder, Role.APPLICANT, () -> tasks.completeForm(agreement, Map.of("agreementDecision", "accept")));

        long first = idea.costPence <= 100_000 ? idea.costPence : idea.costPence / 2;
        String payment = task(journeyId, ModelContract.RECORD_PAYMENT, grantId);
        as(GOVERNANCE, Role.GOVERNANCE, () -> payments.payOnScreen(grantId, payment, first, "BACS " + idea.reference + "-1",
                LocalDate.now()));
        if (first < idea.costPence) {
            String second = eventually("the second instalment's task", () -> tasks.openTask(journeyId, ModelContract.RECORD_PAYMENT, grantId)
                    .filter(next -> !next.equals(payment)).orElse(null));
            as(GOVERNANCE, Role.GOVERNANCE, () -> payments.payOnScreen(grantId, second, idea.costPence - first,
                    "BACS " + idea.reference + "-2", LocalDate.now()));
        }

        as(FACILITATOR, Role.FACILITATOR, () -> reviewClock.askNow(grantId, FACILITATOR));
        String report = task(journeyId, ModelContract.SEND_LEARNING_REPORT, grantId);
        as(holder, Role.APPLICANT, () -> reviews.fileReport(grantId, report, idea.report(), null, null));
        String review = task(journeyId, ModelContract.REVIEW_LEARNING_REPORT, grantId);
        as(FACILITATOR, Role.FACILITATOR, () -> reviews.review(grantId, review, true,
                "Thank you: a clear report with the numbers we asked for.", EnumSet.of(Theme.LONELINESS_AND_ISOLATION, idea.theme),
                "ross, demo", true));
    }

    // ------------------------------------------------------------------------------ acting and waiting

    private String task(UUID journeyId, String taskKey, UUID grantId) {
        return eventually("the task " + taskKey, () -> tasks.openTask(journeyId, taskKey, grantId).orElse(null));
    }

    /**
     * One step as this person, tried again while it is refused: the process may not have reached
     * it yet (a clock that is not waiting yet) or the engine saw a concurrent change. Each try is
     * its own transaction, so a refused try leaves nothing behind.
     */
    private <T> T as(String username, Role role, Supplier<T> action) {
        return eventually(username + " acting", () -> signedIn(username, role, action));
    }

    private void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return true;
        });
    }

    private static <T> T signedIn(String username, Role role, Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Asks until the answer is not null, for up to four minutes: the job executor moves the
     * process on between steps, and a step it is still working on is refused or collides with it.
     */
    private static <T> T eventually(String what, Supplier<T> look) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        RuntimeException last = null;
        while (Instant.now().isBefore(giveUp)) {
            try {
                T answer = look.get();
                if (answer != null) {
                    return answer;
                }
            } catch (RuntimeException refused) {
                if (last == null || !String.valueOf(last.getMessage()).equals(refused.getMessage())) {
                    log.debug("Waiting for {}: {}", what, refused.toString());
                }
                last = refused;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, interrupted);
            }
        }
        throw new IllegalStateException("Gave up waiting for " + what, last);
    }
}
