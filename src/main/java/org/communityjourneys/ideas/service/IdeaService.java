package org.communityjourneys.ideas.service;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaFacts;
import org.communityjourneys.ideas.domain.IdeaOutcomeDecided;
import org.communityjourneys.ideas.domain.IdeaRepository;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.domain.IdeaSubmitted;
import org.communityjourneys.ideas.domain.IdeaSupport;
import org.communityjourneys.ideas.domain.IdeaSupportRepository;
import org.communityjourneys.ideas.domain.IdeasWindow;
import org.communityjourneys.ideas.domain.IdeasWindowCloseRequested;
import org.communityjourneys.ideas.domain.IdeasWindowRepository;
import org.communityjourneys.ideas.domain.ShortlistConfirmed;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ideas, their supports, the ideas window and the shortlist. */
@Service
@Transactional
public class IdeaService {

    private final IdeaRepository ideas;
    private final IdeaSupportRepository supports;
    private final IdeasWindowRepository windows;
    private final JourneyService journeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdeaService(IdeaRepository ideas, IdeaSupportRepository supports, IdeasWindowRepository windows,
            JourneyService journeys, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.ideas = ideas;
        this.supports = supports;
        this.windows = windows;
        this.journeys = journeys;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void openWindow(UUID journeyId) {
        journeys.get(journeyId);
        if (!windows.existsById(journeyId)) {
            windows.save(new IdeasWindow(journeyId, clock.instant()));
        }
    }

    public void closeWindow(UUID journeyId, boolean early) {
        windows.findById(journeyId).ifPresent(window -> window.close(clock.instant(), early));
    }

    /**
     * Asks the journey's process to close the ideas window now; the process decides, so a
     * window that is not open stays as it is.
     */
    public void requestEarlyClose(UUID journeyId, String facilitator) {
        if (!isWindowOpen(journeyId)) {
            throw new IllegalStateException("The ideas window is not open.");
        }
        events.publishEvent(new IdeasWindowCloseRequested(journeyId, facilitator));
    }

    @Transactional(readOnly = true)
    public boolean isWindowOpen(UUID journeyId) {
        return windows.findById(journeyId).map(IdeasWindow::isOpen).orElse(false);
    }

    public UUID submit(UUID journeyId, IdeaDraft draft, String author) {
        Journey journey = journeys.get(journeyId);
        requireOpen(journeyId);
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        if (!journey.covers(draft.wardCode())) {
            throw new IllegalArgumentException("This journey is not running in that ward.");
        }
        Idea idea = ideas.save(new Idea(journeyId, draft, author, clock.instant()));
        events.publishEvent(new IdeaSubmitted(journeyId, idea.getId(), author));
        return idea.getId();
    }

    public void withdraw(UUID ideaId, String author) {
        Idea idea = get(ideaId);
        requireOpen(idea.getJourneyId());
        if (!idea.getAuthor().equals(author)) {
            throw new IllegalArgumentException("Only the person who put the idea forward can withdraw it.");
        }
        idea.withdraw();
    }

    public void support(UUID ideaId, String resident) {
        Idea idea = get(ideaId);
        requireOpen(idea.getJourneyId());
        if (!idea.isInPlay()) {
            throw new IllegalStateException("This idea can no longer be supported.");
        }
        IdeaSupport.Key key = new IdeaSupport.Key(ideaId, resident);
        if (supports.existsById(key)) {
            throw new IllegalStateException("You already support this idea.");
        }
        supports.save(new IdeaSupport(ideaId, resident, clock.instant()));
    }

    @Transactional(readOnly = true)
    public long supportCount(UUID ideaId) {
        return supports.countForIdea(ideaId);
    }

    @Transactional(readOnly = true)
    public List<UUID> ideasToScreen(UUID journeyId) {
        return ideas.findByJourneyIdOrderBySubmittedAtAsc(journeyId).stream()
                .filter(Idea::isInPlay).map(Idea::getId).toList();
    }

    @Transactional(readOnly = true)
    public IdeaFacts facts(UUID ideaId) {
        Idea idea = get(ideaId);
        Journey journey = journeys.get(idea.getJourneyId());
        return new IdeaFacts(idea.getId(), idea.getEstimatedCostPence(), journey.getBudgetPence(),
                idea.getTheme().name(), idea.getTheme().isStrategyPriority(), journey.covers(idea.getWardCode()),
                idea.asDraft().complete());
    }

    public void recordEligibility(UUID ideaId, boolean eligible, String reason) {
        get(ideaId).screened(eligible, reason);
    }

    /** Eligible ideas become the shortlist; ineligible ones are excluded with the rule's reason. */
    public void confirmShortlist(UUID journeyId, String facilitator, String note) {
        int shortlisted = 0;
        int excluded = 0;
        for (Idea idea : ideas.findByJourneyIdOrderBySubmittedAtAsc(journeyId)) {
            if (idea.getStatus() == IdeaStatus.ELIGIBLE) {
                idea.shortlist();
                shortlisted++;
                events.publishEvent(new IdeaOutcomeDecided(journeyId, idea.getId(), idea.getTitle(), idea.getAuthor(),
                        "shortlisted", idea.getEligibilityReason()));
            } else if (idea.getStatus() == IdeaStatus.INELIGIBLE || idea.getStatus() == IdeaStatus.SUBMITTED) {
                idea.exclude(idea.getEligibilityReason() != null ? idea.getEligibilityReason() : "Not screened as eligible.");
                excluded++;
                events.publishEvent(new IdeaOutcomeDecided(journeyId, idea.getId(), idea.getTitle(), idea.getAuthor(),
                        "not shortlisted", idea.getDecisionReason()));
            }
        }
        events.publishEvent(new ShortlistConfirmed(journeyId, shortlisted, excluded, facilitator));
    }

    @Transactional(readOnly = true)
    public List<UUID> shortlist(UUID journeyId) {
        return ideas.findByJourneyIdAndStatusOrderBySubmittedAtAsc(journeyId, IdeaStatus.SHORTLISTED).stream()
                .map(Idea::getId).toList();
    }

    @Transactional(readOnly = true)
    public List<Idea> forJourney(UUID journeyId) {
        return ideas.findByJourneyIdOrderBySubmittedAtAsc(journeyId);
    }

    @Transactional(readOnly = true)
    public Idea get(UUID ideaId) {
        return ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("No idea " + ideaId));
    }

    private void requireOpen(UUID journeyId) {
        if (!isWindowOpen(journeyId)) {
            throw new IdeasWindowClosed();
        }
    }
}
