// Over 400 lines: ideas, supports, window and shortlist share one transaction boundary and its checks.
package org.communityjourneys.ideas.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.VoterProfile;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.AttemptLimits;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.ideas.domain.EligibilityCheck;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaEdited;
import org.communityjourneys.ideas.domain.IdeaEnteredOnBehalf;
import org.communityjourneys.ideas.domain.IdeaHidden;
import org.communityjourneys.ideas.domain.IdeaWithdrawn;
import org.communityjourneys.ideas.domain.IdeasMerged;
import org.communityjourneys.ideas.domain.ShortlistChoice;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaFacts;
import org.communityjourneys.ideas.domain.IdeaOutcomeDecided;
import org.communityjourneys.ideas.domain.IdeaRepository;
import org.communityjourneys.ideas.domain.ShortlistedCost;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.domain.IdeaSubmitted;
import org.communityjourneys.ideas.domain.IdeaSupport;
import org.communityjourneys.ideas.domain.IdeaSupportRepository;
import org.communityjourneys.ideas.domain.IdeasWindow;
import org.communityjourneys.ideas.domain.IdeasWindowRepository;
import org.communityjourneys.ideas.domain.ShortlistConfirmed;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyProcess;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ideas, their supports, the ideas window and the shortlist. Only verified residents of one of the
 * journey's wards put forward and support ideas, within per-account limits ({@link AttemptLimits},
 * {@code communityjourneys.limits.idea.*} and {@code .support.*}); a facilitator enters an idea for
 * someone else with {@link #submitOnBehalf}.
 */
@Service
@Transactional
public class IdeaService {

    /** The shortlist screen, named by the "Confirm shortlist" task as {@code screen:shortlist}. */
    public static final String SHORTLIST_SCREEN = "shortlist";

    private final ScreenTaskCompletion screenTasks;
    private final IdeaRepository ideas;
    private final IdeaSupportRepository supports;
    private final IdeasWindowRepository windows;
    private final JourneyService journeys;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountService accounts;
    private final AttemptLimits limits;
    private final JourneyProcess process;
    /** The costs of confirmed shortlists, by journey (see {@link #shortlistCosts}). */
    private final Map<UUID, Map<UUID, Long>> confirmedShortlistCosts = new ConcurrentHashMap<>();

    IdeaService(IdeaRepository ideas, IdeaSupportRepository supports, IdeasWindowRepository windows,
            JourneyService journeys, ApplicationEventPublisher events, CurrentUser currentUser, Optional<Clock> clock,
            AccountService accounts, AttemptLimits limits, JourneyProcess process, ScreenTaskCompletion screenTasks) {
        this.screenTasks = screenTasks;
        this.process = process;
        this.accounts = accounts;
        this.limits = limits;
        this.currentUser = currentUser;
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
        currentUser.requireActingAs(facilitator, Role.FACILITATOR, Role.GOVERNANCE);
        if (!isWindowOpen(journeyId)) {
            throw Refused.state("ideas.refused.windowNotOpen");
        }
        process.closeIdeasEarly(journeyId, facilitator);
    }

    /** The journey's ideas window: when it opened and closed, and whether it closed early. */
    @Transactional(readOnly = true)
    public Optional<IdeasWindow> window(UUID journeyId) {
        return windows.findById(journeyId);
    }

    @Transactional(readOnly = true)
    public boolean isWindowOpen(UUID journeyId) {
        return windows.findById(journeyId).map(IdeasWindow::isOpen).orElse(false) && !deadlinePassed(journeyId);
    }

    /** The deadline timer is due even if the process has not run it yet: no more ideas either way. */
    private boolean deadlinePassed(UUID journeyId) {
        Instant deadline = journeys.get(journeyId).getIdeasCloseAt();
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    /**
     * A resident puts forward an idea. Refused (nothing stored) unless {@code author} is a verified
     * resident of one of the journey's wards, and beyond the per-account idea limit.
     */
    public UUID submit(UUID journeyId, IdeaDraft draft, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT);
        Journey journey = journeys.get(journeyId);
        requireOpen(journeyId);
        requireResidentOf(journey, author, "ideas.refused.onlyResidentsPutForward");
        limits.checkAccount(LimitedAction.IDEA, author, "ideas");
        requireSound(journey, draft);
        Idea idea = ideas.save(new Idea(journeyId, draft, author, clock.instant()));
        limits.record(LimitedAction.IDEA, author, null);
        events.publishEvent(new IdeaSubmitted(journeyId, idea.getId(), author));
        return idea.getId();
    }

    /** Throws unless the account exists, is enabled and verified, and lives in one of the journey's wards; {@code refusal} says what is refused. */
    private void requireResidentOf(Journey journey, String username, String refusal) {
        VoterProfile profile = accounts.voterProfile(username).orElse(null);
        if (profile == null || !profile.enabled() || !profile.verified() || profile.wardCode() == null
                || !journey.covers(profile.wardCode())) {
            throw Refused.input(refusal);
        }
    }

    /**
     * A facilitator enters an idea for a resident, from a paper form or a conversation. With a
     * resident's account ({@code resident}) the idea is theirs; with only a name it stays with the
     * facilitator who entered it. Either way the idea records who entered it and for whom.
     */
    public UUID submitOnBehalf(UUID journeyId, IdeaDraft draft, String resident, String name) {
        String facilitator = requireModerator();
        Journey journey = journeys.get(journeyId);
        requireOpen(journeyId);
        boolean hasResident = resident != null && !resident.isBlank();
        boolean hasName = name != null && !name.isBlank();
        if (!hasResident && !hasName) {
            throw Refused.input("ideas.refused.behalfWho");
        }
        if (hasName && name.trim().length() > 200) {
            throw Refused.input("ideas.refused.behalfNameTooLong");
        }
        requireSound(journey, draft);
        String author = hasResident ? resident.trim() : facilitator;
        String enteredFor = hasName ? name.trim() : author;
        Idea idea = ideas.save(Idea.enteredOnBehalf(journeyId, draft, author, facilitator, enteredFor, clock.instant()));
        events.publishEvent(new IdeaSubmitted(journeyId, idea.getId(), author));
        events.publishEvent(new IdeaEnteredOnBehalf(journeyId, idea.getId(), facilitator, author, enteredFor));
        return idea.getId();
    }

    /** The author changes their idea while the window is open; the ward stays the one it was put forward for. */
    public void edit(UUID ideaId, IdeaDraft draft, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT);
        Idea idea = get(ideaId);
        requireOpen(idea.getJourneyId());
        requireAuthor(idea, author, "ideas.refused.onlyAuthorChange");
        if (!idea.isInPlay() || !idea.awaitsShortlist()) {
            throw Refused.state("ideas.refused.noLongerChangeable");
        }
        IdeaDraft sameWard = new IdeaDraft(draft.title(), draft.description(), draft.estimatedCostPence(), draft.theme(),
                idea.getWardCode(), draft.ledBy(), draft.contact(), draft.populations());
        requireSound(journeys.get(idea.getJourneyId()), sameWard);
        idea.edit(sameWard, clock.instant());
        events.publishEvent(new IdeaEdited(idea.getJourneyId(), ideaId, author));
    }

    public void withdraw(UUID ideaId, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT);
        Idea idea = get(ideaId);
        requireOpen(idea.getJourneyId());
        requireAuthor(idea, author, "ideas.refused.onlyAuthorWithdraw");
        if (!idea.isInPlay()) {
            throw Refused.state("ideas.refused.alreadyOut");
        }
        idea.withdraw();
        events.publishEvent(new IdeaWithdrawn(idea.getJourneyId(), ideaId, author));
    }

    /** Refused unless {@code resident} is a verified resident of the journey's wards, for the author's own idea, and beyond the support limit. */
    public void support(UUID ideaId, String resident) {
        currentUser.requireActingAs(resident, Role.RESIDENT, Role.APPLICANT);
        Idea idea = get(ideaId);
        requireOpen(idea.getJourneyId());
        if (!idea.isInPlay()) {
            throw Refused.state("ideas.refused.noLongerSupportable");
        }
        requireResidentOf(journeys.get(idea.getJourneyId()), resident, "ideas.refused.onlyResidentsSupport");
        if (idea.getAuthor() != null && idea.getAuthor().equalsIgnoreCase(resident)) {
            throw Refused.state("ideas.refused.ownIdea");
        }
        IdeaSupport.Key key = new IdeaSupport.Key(ideaId, resident);
        if (supports.existsById(key)) {
            throw Refused.state("ideas.refused.alreadySupported");
        }
        limits.checkAccount(LimitedAction.SUPPORT, resident, "supports");
        supports.save(new IdeaSupport(ideaId, resident, clock.instant()));
        limits.record(LimitedAction.SUPPORT, resident, null);
    }

    @Transactional(readOnly = true)
    public long supportCount(UUID ideaId) {
        return supports.countForIdea(ideaId);
    }

    @Transactional(readOnly = true)
    public boolean supports(UUID ideaId, String resident) {
        return resident != null && supports.existsById(new IdeaSupport.Key(ideaId, resident));
    }

    /**
     * A facilitator hides an idea from public pages (abuse, personal details, off topic). Its author
     * still sees it, with the reason. Possible until the shortlist is confirmed.
     */
    public void hide(UUID ideaId, String reason) {
        String facilitator = requireModerator();
        Idea idea = get(ideaId);
        requireModerable(idea);
        if (reason == null || reason.isBlank()) {
            throw Refused.input("ideas.refused.reasonMissing");
        }
        if (reason.trim().length() > 500) {
            throw Refused.input("ideas.refused.reasonTooLong");
        }
        idea.hide(facilitator, reason);
        events.publishEvent(new IdeaHidden(idea.getJourneyId(), ideaId, facilitator, idea.getHiddenReason()));
        events.publishEvent(new IdeaOutcomeDecided(idea.getJourneyId(), ideaId, idea.getTitle(), idea.getAuthor(),
                "hidden by a moderator", idea.getHiddenReason()));
    }

    /**
     * A facilitator merges a duplicate into another idea of the same journey. Its supports move to
     * the other idea, except from people who already support it, so nobody counts twice.
     */
    public void merge(UUID duplicateId, UUID intoId, String reason) {
        String facilitator = requireModerator();
        if (duplicateId.equals(intoId)) {
            throw Refused.input("ideas.refused.mergeIntoItself");
        }
        Idea duplicate = get(duplicateId);
        Idea into = get(intoId);
        if (!duplicate.getJourneyId().equals(into.getJourneyId())) {
            throw Refused.input("ideas.refused.mergeOtherJourney");
        }
        requireModerable(duplicate);
        requireModerable(into);
        if (reason != null && reason.trim().length() > 500) {
            throw Refused.input("ideas.refused.reasonTooLong");
        }
        int moved = 0;
        for (IdeaSupport support : supports.findForIdea(duplicateId)) {
            IdeaSupport.Key carried = new IdeaSupport.Key(intoId, support.getKey().supporter());
            if (!supports.existsById(carried)) {
                supports.save(new IdeaSupport(intoId, support.getKey().supporter(), support.getSupportedAt()));
                moved++;
            }
            supports.delete(support);
        }
        duplicate.mergeInto(intoId, facilitator, reason);
        events.publishEvent(new IdeasMerged(duplicate.getJourneyId(), duplicateId, intoId, facilitator, moved));
        events.publishEvent(new IdeaOutcomeDecided(duplicate.getJourneyId(), duplicateId, duplicate.getTitle(),
                duplicate.getAuthor(), "merged with another idea",
                "Merged into \"" + into.getTitle() + "\"" + (duplicate.getDecisionReason() == null ? "."
                        : ": " + duplicate.getDecisionReason())));
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
                idea.asDraft().complete(), idea.asDraft().missingDetails());
    }

    public void recordEligibility(UUID ideaId, boolean eligible, String reason) {
        get(ideaId).screened(eligible, reason);
    }

    /** The eligibility table's answer for one idea, check by check. */
    public void recordEligibility(UUID ideaId, List<EligibilityCheck> checks) {
        if (checks == null || checks.isEmpty()) {
            throw new IllegalStateException("The eligibility rules gave no answer for idea " + ideaId + ".");
        }
        get(ideaId).screened(checks);
    }

    /**
     * Confirms the shortlist as the eligibility rules suggest: eligible ideas are shortlisted, the
     * others excluded with the rules' reason. Does nothing when the shortlist is already confirmed
     * (by the shortlist screen, in the same transaction that completes the task).
     */
    public void confirmShortlist(UUID journeyId, String facilitator, String note) {
        Optional<IdeasWindow> window = windows.findById(journeyId);
        if (window.map(IdeasWindow::isShortlistConfirmed).orElse(false)) {
            return;
        }
        List<ShortlistChoice> choices = ideas.findByJourneyIdOrderBySubmittedAtAsc(journeyId).stream()
                .filter(Idea::isInPlay).filter(Idea::awaitsShortlist)
                .map(idea -> new ShortlistChoice(idea.getId(), idea.suggestedForShortlist(), null)).toList();
        apply(journeyId, facilitator, choices);
        window.ifPresent(w -> w.shortlistConfirmed(facilitator, clock.instant()));
    }

    /**
     * The facilitator's shortlist, from the shortlist screen: every idea waiting for the shortlist
     * gets a choice; going against the eligibility rules needs a reason. Completes the task
     * "Confirm shortlist" in the same transaction, so a refusal keeps nothing.
     */
    public void confirmShortlistOnScreen(UUID journeyId, String taskId, List<ShortlistChoice> choices) {
        String facilitator = requireModerator();
        journeys.get(journeyId);
        IdeasWindow window = windows.findById(journeyId)
                .orElseThrow(() -> Refused.state("ideas.refused.noIdeasYet"));
        if (window.isOpen()) {
            throw Refused.state("ideas.refused.stillOpen");
        }
        if (window.isShortlistConfirmed()) {
            throw Refused.state("ideas.refused.shortlistConfirmed");
        }
        apply(journeyId, facilitator, choices);
        window.shortlistConfirmed(facilitator, clock.instant());
        screenTasks.complete(new TaskDoneOnScreen(taskId, journeyId, SHORTLIST_SCREEN, Map.of("shortlistedCount", (long) shortlist(journeyId).size())));
    }

    @Transactional(readOnly = true)
    public boolean isShortlistConfirmed(UUID journeyId) {
        return windows.findById(journeyId).map(IdeasWindow::isShortlistConfirmed).orElse(false);
    }

    private void apply(UUID journeyId, String facilitator, List<ShortlistChoice> choices) {
        List<Idea> waiting = ideas.findByJourneyIdOrderBySubmittedAtAsc(journeyId).stream()
                .filter(Idea::isInPlay).filter(Idea::awaitsShortlist).toList();
        Map<UUID, ShortlistChoice> byIdea = new HashMap<>();
        for (ShortlistChoice choice : choices == null ? List.<ShortlistChoice>of() : choices) {
            if (waiting.stream().noneMatch(idea -> idea.getId().equals(choice.ideaId()))) {
                throw Refused.input("ideas.refused.notWaiting");
            }
            byIdea.put(choice.ideaId(), choice);
        }
        List<ShortlistRefused.Problem> problems = new ArrayList<>();
        for (Idea idea : waiting) {
            ShortlistChoice choice = byIdea.get(idea.getId());
            if (choice == null) {
                problems.add(new ShortlistRefused.Problem("shortlist.problem.choiceMissing", idea.getTitle()));
            } else if (choice.include() != idea.suggestedForShortlist() && isBlank(choice.reason())) {
                problems.add(new ShortlistRefused.Problem("shortlist.problem.reasonMissing", idea.getTitle()));
            } else if (choice.reason() != null && choice.reason().trim().length() > 500) {
                problems.add(new ShortlistRefused.Problem("shortlist.problem.reasonTooLong", idea.getTitle()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ShortlistRefused(problems);
        }
        int shortlisted = 0;
        int excluded = 0;
        for (Idea idea : waiting) {
            ShortlistChoice choice = byIdea.get(idea.getId());
            String reason = isBlank(choice.reason())
                    ? (idea.getEligibilityReason() != null ? idea.getEligibilityReason() : "Not screened as eligible.")
                    : choice.reason().trim();
            if (choice.include()) {
                idea.shortlist(reason);
                shortlisted++;
            } else {
                idea.exclude(reason);
                excluded++;
            }
            events.publishEvent(new IdeaOutcomeDecided(journeyId, idea.getId(), idea.getTitle(), idea.getAuthor(),
                    choice.include() ? "shortlisted" : "not shortlisted", reason));
        }
        events.publishEvent(new ShortlistConfirmed(journeyId, shortlisted, excluded, facilitator));
    }

    @Transactional(readOnly = true)
    public List<UUID> shortlist(UUID journeyId) {
        return ideas.findByJourneyIdAndStatusOrderBySubmittedAtAsc(journeyId, IdeaStatus.SHORTLISTED).stream()
                .map(Idea::getId).toList();
    }

    /**
     * The shortlisted ideas' estimated costs in pence, by idea id (for ballot checks). A confirmed
     * shortlist is final (no shortlisted idea can be changed, withdrawn, hidden or merged, and the
     * confirmation is never undone), so once the journey's window says it is confirmed the costs read
     * after that are kept for the journey and every later ballot is checked without a query. Until
     * then they are read each time.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Long> shortlistCosts(UUID journeyId) {
        Map<UUID, Long> known = confirmedShortlistCosts.get(journeyId);
        if (known != null) {
            return known;
        }
        // the confirmation first: costs read after a confirmation are the final ones
        boolean confirmed = isShortlistConfirmed(journeyId);
        Map<UUID, Long> costs = new HashMap<>();
        for (ShortlistedCost idea : ideas.shortlistedCosts(journeyId)) {
            costs.put(idea.ideaId(), idea.costPence());
        }
        if (!confirmed) {
            return costs;
        }
        Map<UUID, Long> kept = Map.copyOf(costs);
        // kept once this transaction has committed: a confirmation it made itself might still roll back
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    confirmedShortlistCosts.put(journeyId, kept);
                }
            });
        } else {
            confirmedShortlistCosts.put(journeyId, kept);
        }
        return kept;
    }

    @Transactional(readOnly = true)
    public List<Idea> forJourney(UUID journeyId) {
        return ideas.findByJourneyIdOrderBySubmittedAtAsc(journeyId);
    }

    /**
     * The ideas a person may see on the journey's ideas page: hidden ideas only to their author and
     * to facilitators.
     */
    @Transactional(readOnly = true)
    public List<Idea> visibleTo(UUID journeyId, String username, boolean moderator) {
        return ideas.findByJourneyIdOrderBySubmittedAtAsc(journeyId).stream()
                .filter(idea -> idea.getStatus() != IdeaStatus.HIDDEN || moderator || idea.getAuthor().equals(username))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Idea> find(UUID ideaId) {
        return ideas.findById(ideaId);
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

    private void requireSound(Journey journey, IdeaDraft draft) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        if (!journey.covers(draft.wardCode())) {
            throw Refused.input("ideas.refused.wardNotInJourney");
        }
    }

    private static void requireAuthor(Idea idea, String author, String refusal) {
        if (!idea.getAuthor().equals(author)) {
            throw Refused.input(refusal);
        }
    }

    private static void requireModerable(Idea idea) {
        if (!idea.isInPlay() || !idea.awaitsShortlist()) {
            throw Refused.state("ideas.refused.notModerable", idea.getTitle());
        }
    }

    private String requireModerator() {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE);
        return currentUser.require();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
