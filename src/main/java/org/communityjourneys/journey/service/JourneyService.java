package org.communityjourneys.journey.service;

import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyLaunched;
import org.communityjourneys.journey.domain.JourneyRepository;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.domain.JourneyStageChanged;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.domain.LaunchProblem;
import org.communityjourneys.shared.service.WardDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Launches journeys and keeps track of the stage each has reached. */
@Service
@Transactional
public class JourneyService {

    /** The launch screen, named by the journey's start event as {@code screen:launch-journey}. */
    public static final String LAUNCH_SCREEN = "launch-journey";

    private final JourneyRepository journeys;
    private final WardDirectory wards;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final JourneyProcess process;

    /** The process port is lazy: its engine adapter reads journeys through this service. */
    JourneyService(JourneyRepository journeys, WardDirectory wards, ApplicationEventPublisher events,
            Optional<Clock> clock, CurrentUser currentUser, @Lazy JourneyProcess process) {
        this.currentUser = currentUser;
        this.process = process;
        this.journeys = journeys;
        this.wards = wards;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Stores the journey and starts its process ({@link JourneyProcess#start}) in the same
     * transaction, so either both exist or neither does; {@link JourneyLaunched} tells the others.
     */
    public Journey launch(LaunchPlan plan, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR, Role.GOVERNANCE);
        List<LaunchProblem> problems = new ArrayList<>(plan.wordedProblems(clock.instant()));
        if (plan.wardCodes() != null) {
            plan.wardCodes().stream().filter(code -> !wards.exists(code))
                    .forEach(code -> problems.add(LaunchProblem.of(LaunchProblem.Field.WARDS, "launch.problem.noSuchWard", code)));
        }
        if (!problems.isEmpty()) {
            throw new LaunchRefused(problems);
        }
        Journey journey = journeys.save(Journey.launch(plan, facilitator, clock.instant()));
        process.start(journey.getId(), facilitator);
        events.publishEvent(new JourneyLaunched(journey.getId(), facilitator));
        return journey;
    }

    @Transactional(readOnly = true)
    public Journey get(UUID id) {
        return journeys.findById(id).orElseThrow(() -> new NoSuchElementException("No journey " + id));
    }

    @Transactional(readOnly = true)
    public Optional<Journey> find(UUID id) {
        return journeys.findById(id);
    }

    /** The journey a page address names, or empty when the text is not a journey id or no such journey exists. */
    @Transactional(readOnly = true)
    public Optional<Journey> findByIdText(String id) {
        try {
            return id == null ? Optional.empty() : journeys.findById(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Transactional(readOnly = true)
    public List<Journey> all() {
        return journeys.findAllByOrderByLaunchedAtDesc();
    }

    @Transactional(readOnly = true)
    public List<Journey> inWard(String wardCode) {
        return journeys.findByWard(wardCode);
    }

    /** Asks the journey's process to withdraw the journey (budget released, open tasks ended). */
    public void requestWithdrawal(UUID journeyId, String reason, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR, Role.GOVERNANCE);
        Journey journey = get(journeyId);
        if (journey.getStage().isOver()) {
            throw new IllegalStateException("This journey has already ended.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason: residents will see it on the journey's page.");
        }
        process.withdraw(journeyId, reason.trim(), facilitator);
    }

    /**
     * Records a later closing time for the journey's vote (the voting module checks that the vote
     * is open and the time is later; the workflow module moves the process timer).
     */
    public void voteClosesLaterAt(UUID journeyId, java.time.Instant newCloseAt) {
        Journey journey = get(journeyId);
        if (newCloseAt == null || !newCloseAt.isAfter(journey.getVoteClosesAt())) {
            throw new IllegalArgumentException("The new closing time must be later than the current one.");
        }
        journey.voteClosesLaterAt(newCloseAt);
    }

    public void attachProcess(UUID journeyId, String processInstanceId) {
        get(journeyId).runsAs(processInstanceId);
    }

    public void moveTo(UUID journeyId, JourneyStage stage) {
        Journey journey = get(journeyId);
        JourneyStage from = journey.getStage();
        if (from != stage) {
            journey.moveTo(stage);
            events.publishEvent(new JourneyStageChanged(journeyId, from, stage));
        }
    }
}
