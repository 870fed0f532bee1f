// Over 400 lines: casting, closing, tallying and certifying a vote share its window, rules and checks.
package org.communityjourneys.voting.service;

import org.communityjourneys.shared.domain.ModelContract;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.VoterProfile;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.PaperResidents;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyProcess;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.CastBallotRepository;
import org.communityjourneys.voting.domain.CastingRows;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.domain.ResultPublished;
import org.communityjourneys.voting.domain.VoteCertified;
import org.communityjourneys.voting.domain.VoteCloseExtended;
import org.communityjourneys.voting.domain.VoteCertification;
import org.communityjourneys.voting.domain.VoteCount;
import org.communityjourneys.voting.domain.VoteCertificationRepository;
import org.communityjourneys.voting.domain.VoteResult;
import org.communityjourneys.voting.domain.VoteResultRepository;
import org.communityjourneys.voting.domain.VoteWindow;
import org.communityjourneys.voting.domain.VoteParticipationRepository;
import org.communityjourneys.voting.domain.VoteReport;
import org.communityjourneys.voting.domain.VoteWindowRepository;
import org.communityjourneys.voting.domain.VotingChannel;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.voting.domain.pabulib.PabulibWriter;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Outcome;
import org.communityjourneys.voting.domain.tally.Rule;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.TieBreak;
import org.communityjourneys.voting.domain.tally.Utility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vote of a journey: residents cast one ballot each (online or on paper), in the format chosen
 * at launch; the count runs the journey's tally rule over the stored ballots with the exact tally
 * engine. Who voted and what was voted are stored apart, with nothing linking them: while the vote
 * is open ballots are sealed, and they are mixed when it closes ({@link BallotBox},
 * docs/ballot-secrecy.md).
 */
@Service
@Transactional
public class VoteService {

    /** The certification screen, named by the "Certify vote result" task as {@code screen:certify}. */
    public static final String CERTIFY_SCREEN = "certify";

    /** The database's clock has passed the closing time: no ballot is taken, on any node. */
    public static final String VOTE_CLOSED = MessageBundles.english("voting.refused.closed");
    public static final String ALREADY_VOTED = MessageBundles.english("voting.refused.alreadyVoted");
    static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private final ScreenTaskCompletion screenTasks;
    /** How long a node whose clock runs ahead waits for the database's clock to reach a vote's close. */
    static final Duration LONGEST_WAIT_FOR_THE_CLOSE = Duration.ofSeconds(30);

    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, BallotRules> ballotRules = new ConcurrentHashMap<>();
    private final VoteWindowRepository windows;
    private final VoteResultRepository results;
    private final VoteCertificationRepository certifications;
    private final VoteParticipationRepository participations;
    private final CastBallotRepository ballots;
    private final BallotBox box;
    private final AccountService accounts;
    private final IdeaService ideas;
    private final JourneyService journeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VotingPersonalData formerVoters;
    private final CurrentUser currentUser;
    private final PaperSample paperSample;
    private final JourneyProcess process;
    private final VoteCountProgress countProgress;

    VoteService(VoteWindowRepository windows, VoteResultRepository results,
            VoteCertificationRepository certifications, VoteParticipationRepository participations,
            CastBallotRepository ballots, BallotBox box, AccountService accounts, IdeaService ideas,
            JourneyService journeys, ApplicationEventPublisher events, Optional<Clock> clock,
            VotingPersonalData formerVoters, CurrentUser currentUser, PaperSample paperSample, JourneyProcess process, ScreenTaskCompletion screenTasks,
            VoteCountProgress countProgress) {
        this.countProgress = countProgress;
        this.screenTasks = screenTasks;
        this.process = process;
        this.currentUser = currentUser;
        this.paperSample = paperSample;
        this.formerVoters = formerVoters;
        this.windows = windows;
        this.results = results;
        this.certifications = certifications;
        this.participations = participations;
        this.ballots = ballots;
        this.box = box;
        this.accounts = accounts;
        this.ideas = ideas;
        this.journeys = journeys;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void openVote(UUID journeyId) {
        Journey journey = journeys.get(journeyId);
        if (!windows.existsById(journeyId)) {
            windows.save(new VoteWindow(journeyId, clock.instant(), journey.getVoteClosesAt()));
            box.prepare(journeyId);
        }
    }

    /**
     * Closes the vote, mixes its sealed ballots and draws the sample of paper entries that a second
     * facilitator checks, in this one transaction. The window's row is locked first: casts hold it
     * shared, so every confirmed cast is in before the mix.
     */
    public void closeVote(UUID journeyId) {
        // closed already (a facilitator closed it now, and this is the process's own step): once is enough
        windows.lockForClosing(journeyId).filter(VoteWindow::isOpen).ifPresent(window -> {
            window.close(clock.instant());
            windows.flush();
            box.mix(journeyId);
            paperSample.draw(journeyId, clock.instant());
        });
    }

    /**
     * The process's "vote closes" timer has fired on some node, by that node's clock. The database's
     * clock decides when casting ends, so the window is closed only once that clock has reached the
     * closing time too: a node whose clock runs ahead waits the difference (up to
     * {@link #LONGEST_WAIT_FOR_THE_CLOSE}); a larger difference is a clock to set right, and the close
     * fails with a message naming it (the engine tries again, then raises an incident in Cockpit). A
     * vote a facilitator closed early is closed already, and stays so.
     */
    public void closeVoteAtItsTime(UUID journeyId) {
        VoteWindow open = windows.findById(journeyId).filter(VoteWindow::isOpen).orElse(null);
        if (open == null) {
            return;
        }
        Instant closesAt = open.getClosesAt();
        long early = closesAt == null ? 0 : closesAt.toEpochMilli() - windows.databaseMillis();
        if (early > LONGEST_WAIT_FOR_THE_CLOSE.toMillis()) {
            throw new IllegalStateException("The vote closes at " + closesAt + " by the database's clock, " + early / 1000
                    + " s from now: this node's clock is ahead of the database's. Set the node's clock right (NTP);"
                    + " the vote stays open until its closing time.");
        }
        if (early > 0) {
            try {
                Thread.sleep(early + 1);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Stopped while waiting for the database's clock to reach the vote's close.");
            }
        }
        closeVote(journeyId);
    }

    @Transactional(readOnly = true)
    public boolean isOpen(UUID journeyId) {
        return windows.findById(journeyId).map(VoteWindow::isOpen).orElse(false);
    }

    /**
     * A resident casts their ballot online. Returns the receipt code, shown once: only its hash is
     * stored (sealed), and {@link #checkReceipt} finds the ballot with it.
     */
    public String cast(UUID journeyId, String resident, BallotChoice choice) {
        currentUser.requireActingAs(resident, Role.RESIDENT, Role.APPLICANT);
        return store(journeyId, resident, choice, VotingChannel.ONLINE, null, null);
    }

    /** A facilitator enters a resident's paper ballot with its paper ballot number. */
    public String castOnPaper(UUID journeyId, String resident, String paperNumber, BallotChoice choice, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR);
        if (paperNumber == null || paperNumber.isBlank()) {
            throw Refused.input("voting.refused.noPaperNumber");
        }
        if (paperNumber.trim().length() > 40) {
            throw Refused.input("voting.refused.paperNumberTooLong");
        }
        return store(journeyId, resident, choice, VotingChannel.PAPER, paperNumber.trim(), facilitator);
    }

    /**
     * One transaction per ballot with the few reads it needs: the journey's ballot rules (fixed at
     * launch, so kept in memory), whether the window is open by its closing time and the resident
     * has voted (one query, which also holds the window's row shared until commit, so the vote
     * cannot close and mix meanwhile), the voter's account (one query, or none when the request's
     * token sign-in read it) and the shortlist's costs (kept once confirmed); then the participation
     * row, whose unique key decides a race, and the sealed ballot.
     */
    private String store(UUID journeyId, String resident, BallotChoice choice, VotingChannel channel,
            String paperNumber, String enteredBy) {
        BallotRules rules = ballotRules(journeyId);
        String username = UserAccount.normalise(resident);
        String former = username == null ? null : formerVoters.formerVoter(journeyId, username);
        String legacyFormer = username == null ? null : VotingPersonalData.legacyFormerVoter(journeyId, username);
        CastingRows.CastingState state = participations.castingState(journeyId, username, former, legacyFormer);
        if (state != null && state.pastClose()) {
            throw Refused.state("voting.refused.closed");
        }
        if (state == null || !state.open()) {
            throw Refused.state("voting.refused.notOpen");
        }
        VoterProfile voter = eligibleVoter(rules, resident);
        refuseTwinWhoVoted(journeyId, voter, channel);
        Map<UUID, Long> shortlistCosts = ideas.shortlistCosts(journeyId);
        problemWith(rules, shortlistCosts, choice).ifPresent(problem -> {
            throw problem;
        });
        if (state.voted()) {
            // also true when they voted, deleted their account and registered again with the same address
            throw alreadyVoted(channel, voter.username());
        }
        Instant now = clock.instant();
        int recorded = participations.record(journeyId, voter.username(), channel.name(), paperNumber, enteredBy, now);
        if (recorded == 0) {
            if (participations.find(journeyId, voter.username()).isPresent()) {
                throw alreadyVoted(channel, voter.username());
            }
            throw Refused.state("voting.refused.paperNumberUsed", paperNumber);
        }
        return box.seal(journeyId, choice, paperNumber, shortlistCosts.size());
    }

    /**
     * The same person's other record (a paper record and the account registered later) must not
     * have voted: both casts take the same lock, so the second sees the first one's participation.
     */
    private void refuseTwinWhoVoted(UUID journeyId, VoterProfile voter, VotingChannel channel) {
        if (voter.twin() == null) {
            return;
        }
        participations.lockPerson(journeyId, voter.username().compareTo(voter.twin()) < 0 ? voter.username() : voter.twin());
        if (participations.find(journeyId, voter.twin()).isPresent()) {
            throw channel == VotingChannel.PAPER
                    ? Refused.state(voter.twin().startsWith(PaperResidents.USERNAME_PREFIX) ? "voting.refused.twinOnPaper"
                            : "voting.refused.twinOnline", voter.username())
                    : Refused.state("voting.refused.votedOnPaper");
        }
    }

    /**
     * A voided paper entry entered again as its paper says, by the facilitator who voided it
     * ({@link PaperEntryChecks#correctEntry}, which holds the window's row for update). While the
     * vote is open it is cast as any paper ballot; once closed it joins the mixed ballots, which
     * are mixed again with it in the same transaction.
     */
    void enterCorrection(UUID journeyId, String resident, String paperNumber, BallotChoice choice, String facilitator) {
        if (isOpen(journeyId)) {
            store(journeyId, resident, choice, VotingChannel.PAPER, paperNumber, facilitator);
            return;
        }
        BallotRules rules = ballotRules(journeyId);
        VoterProfile voter = eligibleVoter(rules, resident);
        refuseTwinWhoVoted(journeyId, voter, VotingChannel.PAPER);
        Map<UUID, Long> shortlistCosts = ideas.shortlistCosts(journeyId);
        problemWith(rules, shortlistCosts, choice).ifPresent(problem -> {
            throw problem;
        });
        if (participations.record(journeyId, voter.username(), VotingChannel.PAPER.name(), paperNumber, facilitator,
                clock.instant()) == 0) {
            throw alreadyVoted(VotingChannel.PAPER, voter.username());
        }
        box.addToMixed(journeyId, choice, paperNumber);
    }

    private static IllegalStateException alreadyVoted(VotingChannel channel, String username) {
        return channel == VotingChannel.PAPER ? Refused.state("voting.refused.paperAlreadyVoted", username)
                : Refused.state("voting.refused.alreadyVoted");
    }

    /**
     * What a ballot is checked against, from the journey: budget, format, wards and age bands. All
     * are fixed when the journey is launched, so they are read once per journey and kept.
     */
    private record BallotRules(UUID journeyId, long budgetPence, BallotSettings settings, Set<String> wardCodes,
            Set<AgeBand> voterAgeBands) {
    }

    private BallotRules ballotRules(UUID journeyId) {
        BallotRules known = ballotRules.get(journeyId);
        if (known != null) {
            return known;
        }
        Journey journey = journeys.get(journeyId);
        BallotRules rules = new BallotRules(journeyId, journey.getBudgetPence(), journey.getBallotSettings(),
                Set.copyOf(journey.getWardCodes()), Set.copyOf(journey.getVoterAgeBands()));
        ballotRules.put(journeyId, rules);
        return rules;
    }

    private VoterProfile eligibleVoter(BallotRules rules, String resident) {
        VoterProfile account = accounts.voterProfile(resident).orElse(null);
        if (account == null) {
            throw Refused.input("voting.refused.noAccount", resident);
        }
        if (!account.enabled()) {
            throw new NotEligibleToVote("voting.refused.switchedOff");
        }
        if (!account.verified()) {
            throw new NotEligibleToVote("voting.refused.notVerified");
        }
        if (account.wardCode() == null || !rules.wardCodes().contains(account.wardCode())) {
            throw new NotEligibleToVote("voting.refused.otherWard");
        }
        Set<AgeBand> bands = rules.voterAgeBands();
        if (!bands.isEmpty() && (account.ageBand() == null || !bands.contains(account.ageBand()))) {
            String allowed = bands.stream().sorted().map(AgeBand::label).collect(java.util.stream.Collectors.joining(", "));
            throw account.ageBand() == null ? new NotEligibleToVote("voting.refused.ageNoBand", allowed)
                    : new NotEligibleToVote("voting.refused.ageOther", allowed, account.ageBand().label());
        }
        return account;
    }

    /** Why this ballot cannot be accepted for the journey, worded for the screen; empty when it can. */
    @Transactional(readOnly = true)
    public Optional<Refused.Input> problemWith(UUID journeyId, BallotChoice choice) {
        return problemWith(ballotRules(journeyId), ideas.shortlistCosts(journeyId), choice);
    }

    private static Optional<Refused.Input> problemWith(BallotRules rules, Map<UUID, Long> shortlistCosts, BallotChoice choice) {
        BallotSettings settings = rules.settings();
        if (choice == null) {
            return Optional.of(Refused.input("voting.refused.noChoice"));
        }
        if (choice.namesAnIdeaTwice()) {
            return Optional.of(Refused.input("voting.refused.ideaTwice"));
        }
        for (UUID idea : choice.ideas()) {
            if (!shortlistCosts.containsKey(idea)) {
                return Optional.of(Refused.input("voting.refused.notOnBallot"));
            }
        }
        int picks = choice.ideas().size();
        if (picks < settings.minPicks()) {
            return Optional.of(Refused.input("voting.refused.tooFew", settings.minPicks()));
        }
        if (settings.format() != BallotFormat.KNAPSACK && picks > settings.maxPicks()) {
            return Optional.of(Refused.input("voting.refused.tooMany", settings.maxPicks()));
        }
        if (settings.format() == BallotFormat.KNAPSACK) {
            long cost = choice.ideas().stream().mapToLong(shortlistCosts::get).sum();
            if (cost > rules.budgetPence()) {
                return Optional.of(Refused.input("voting.refused.overBudget", Money.format(cost), Money.format(rules.budgetPence())));
            }
        }
        if (settings.format() == BallotFormat.CUMULATIVE) {
            if (!choice.hasPoints()) {
                return Optional.of(Refused.input("voting.refused.noPoints"));
            }
            for (int given : choice.points()) {
                if (given < 1) {
                    return Optional.of(Refused.input("voting.refused.pointsWhole"));
                }
                if (given > settings.pointsCap()) {
                    return Optional.of(Refused.input("voting.refused.pointsCap", String.valueOf(settings.pointsCap())));
                }
            }
            if (choice.totalPoints() > settings.points()) {
                return Optional.of(Refused.input("voting.refused.pointsOver", String.valueOf(choice.totalPoints()),
                        String.valueOf(settings.points())));
            }
        } else if (choice.hasPoints()) {
            return Optional.of(Refused.input("voting.refused.ticksNotPoints"));
        }
        return Optional.empty();
    }

    /** True once the vote has opened and closed again. */
    /** The journey's vote window: when the vote really opened and closed. */
    @Transactional(readOnly = true)
    public Optional<VoteWindow> window(UUID journeyId) {
        return windows.findById(journeyId);
    }

    /** How far the count of the journey's vote has gone, once a count has started. */
    @Transactional(readOnly = true)
    public Optional<VoteCount> count(UUID journeyId) {
        return countProgress.current(journeyId);
    }

    @Transactional(readOnly = true)
    public boolean isClosed(UUID journeyId) {
        return windows.findById(journeyId).map(window -> !window.isOpen()).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean hasVoted(UUID journeyId, String resident) {
        String username = UserAccount.normalise(resident);
        return participations.find(journeyId, username).isPresent()
                || participations.find(journeyId, formerVoters.formerVoter(journeyId, username)).isPresent()
                || participations.find(journeyId, VotingPersonalData.legacyFormerVoter(journeyId, username)).isPresent();
    }

    @Transactional(readOnly = true)
    public long turnout(UUID journeyId) {
        return participations.countForJourney(journeyId);
    }

    /**
     * Whether the ballot with this receipt code is in the ballot box and in the published, counted
     * set; never what it chose.
     */
    @Transactional(readOnly = true)
    public ReceiptCheck checkReceipt(UUID journeyId, String receipt) {
        return switch (box.find(journeyId, receipt)) {
            case NOWHERE -> ReceiptCheck.NOT_FOUND;
            case SEALED -> ReceiptCheck.SEALED;
            case MIXED -> certifications.findById(journeyId).map(VoteCertification::getCertifiedAt).isPresent()
                    ? ReceiptCheck.PUBLISHED_AND_COUNTED : ReceiptCheck.IN_BALLOT_BOX;
        };
    }

    /**
     * Counts the stored ballots with the journey's tally rule and stores the result; returns the
     * winning idea ids in selection order. Votes per idea are approvals (ticks, or the top k of a
     * ranked ballot) or, on a points ballot, points.
     */
    public List<UUID> tally(UUID journeyId) {
        if (isOpen(journeyId)) {
            throw new IllegalStateException("The vote is still open: it can only be counted once it has closed.");
        }
        Journey journey = journeys.get(journeyId);
        Election election = election(journey);
        TallySettings settings = tallySettings(journey.getBallotSettings());
        Tally tally = new Tally(election, settings);
        VoteCountProgress.Running count = countProgress.started(journeyId, journey.getBudgetPence());
        Outcome outcome;
        try {
            outcome = tally.count(count);
        } catch (RuntimeException stopped) {
            countProgress.failed(journeyId, stopped);
            throw stopped;
        }
        Set<String> winners = new HashSet<>(outcome.selectedInOrder());
        Map<String, Long> votes = votesPerIdea(election, journey.getBallotSettings());

        results.deleteForJourney(journeyId);
        List<Candidate> ranked = election.candidates().stream()
                .sorted(java.util.Comparator.comparing((Candidate c) -> votes.getOrDefault(c.id(), 0L)).reversed()
                        .thenComparing(Candidate::id))
                .toList();
        int position = 1;
        for (Candidate candidate : ranked) {
            results.save(new VoteResult(journeyId, UUID.fromString(candidate.id()),
                    Math.toIntExact(votes.getOrDefault(candidate.id(), 0L)), candidate.cost(),
                    winners.contains(candidate.id()), position++));
        }
        String rule = ruleName(journey.getBallotSettings());
        certifications.findById(journeyId).ifPresentOrElse(certification -> certification.retallied(rule),
                () -> certifications.save(new VoteCertification(journeyId, rule)));
        certifications.flush();
        countProgress.finished(count, outcome.totalCost());
        return outcome.selectedInOrder().stream().map(UUID::fromString).toList();
    }

    /** The shortlisted ideas with their costs and every stored ballot, as the tally engine counts them. */
    private Election election(Journey journey) {
        BallotSettings settings = journey.getBallotSettings();
        List<Candidate> candidates = ideas.shortlist(journey.getId()).stream()
                .map(ideas::get)
                .map(idea -> new Candidate(idea.getId().toString(), idea.getEstimatedCostPence(), 0))
                .toList();
        List<Ballot> counted = new ArrayList<>();
        ballots.findByJourneyIdOrderById(journey.getId()).forEach(stored -> counted.add(engineBallot(stored.choice(), settings)));
        Map<String, Long> votes = new HashMap<>();
        counted.forEach(ballot -> {
            for (int i = 0; i < ballot.projects().size(); i++) {
                votes.merge(ballot.projects().get(i), ballot.pointsAt(i), Long::sum);
            }
        });
        List<Candidate> withVotes = candidates.stream()
                .map(c -> new Candidate(c.id(), c.cost(), votes.getOrDefault(c.id(), 0L))).toList();
        return Election.of(journey.getBudgetPence(), withVotes, counted);
    }

    private static Ballot engineBallot(BallotChoice choice, BallotSettings settings) {
        List<String> ids = choice.ideas().stream().map(UUID::toString).toList();
        if (settings.format() == BallotFormat.RANKED) {
            return Ballot.approving(ids.subList(0, Math.min(ids.size(), settings.maxPicks())));
        }
        if (choice.hasPoints()) {
            return new Ballot(ids, choice.points().stream().map(Integer::longValue).toList());
        }
        return Ballot.approving(ids);
    }

    private static Map<String, Long> votesPerIdea(Election election, BallotSettings settings) {
        Map<String, Long> votes = new HashMap<>();
        election.candidates().forEach(c -> votes.put(c.id(), c.votes()));
        return votes;
    }

    static TallySettings tallySettings(BallotSettings settings) {
        return new TallySettings(Rule.fromOption(settings.rule()), Utility.fromOption(settings.utility()),
                Completion.fromOption(settings.completion()), TieBreak.fromOption(settings.tieBreak()), 0);
    }

    static String ruleName(BallotSettings settings) {
        return switch (settings.rule()) {
            case "mes" -> "mes, " + settings.utility() + " utility, " + settings.completion() + ", " + settings.tieBreak();
            default -> settings.rule() + ", " + settings.tieBreak();
        };
    }

    /**
     * The anonymous ballots of a closed vote in the pabulib .pb format: read in the order of their
     * random ids, shuffled, numbered after the shuffle, with META budget (pence), vote_type, rule,
     * dates and ward(s). Who may have it when is {@link #ballotsArePublished}.
     */
    @Transactional(readOnly = true)
    public String exportPabulib(UUID journeyId, Random shuffle) {
        VoteWindow window = windows.findById(journeyId)
                .orElseThrow(() -> new IllegalStateException("The vote has not opened yet."));
        if (window.isOpen()) {
            throw new IllegalStateException("The ballots can be published once the vote has closed.");
        }
        Journey journey = journeys.get(journeyId);
        BallotSettings settings = journey.getBallotSettings();
        Election election = election(journey);
        List<String> names = election.candidates().stream().map(c -> ideas.get(UUID.fromString(c.id())).getTitle()).toList();
        String voteType = switch (settings.format()) {
            case APPROVAL, KNAPSACK -> "approval";
            case CUMULATIVE -> "cumulative";
            case RANKED -> "ordinal";
        };
        PabulibWriter.Description description = new PabulibWriter.Description(journey.getBudgetPence(), voteType,
                ruleName(settings), ukDate(window.getOpenedAt()), ukDate(window.getClosedAt()),
                String.join(" + ", journey.getWardCodes().stream().sorted().toList()));
        return PabulibWriter.write(description, election.candidates(), names, election.ballots(), shuffle);
    }

    @Transactional(readOnly = true)
    public String exportPabulib(UUID journeyId) {
        return exportPabulib(journeyId, random);
    }

    private static String ukDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, UK_TIME).toString();
    }

    /**
     * Records who certified the count and when, once every sampled paper entry has been checked by
     * a second facilitator; from then on no paper ballot number leads to a ballot. Certifying a
     * certified count again keeps the first record (the process's task listener and the
     * certification screen may both call this).
     */
    public void certify(UUID journeyId, String facilitator) {
        if (facilitator == null || facilitator.isBlank()) {
            throw new IllegalArgumentException("Say who certifies the result.");
        }
        if (isOpen(journeyId)) {
            throw Refused.state("voting.refused.certifyWhileOpen");
        }
        VoteCertification certification = certification(journeyId);
        if (certification.getCertifiedAt() == null) {
            long waiting = paperSample.waiting(journeyId);
            if (waiting > 0) {
                throw Refused.state("voting.refused.sampleWaiting", waiting, String.valueOf(waiting));
            }
            certification.certify(facilitator, clock.instant());
            box.forgetPaperNumbers(journeyId);
            events.publishEvent(new VoteCertified(journeyId, facilitator));
        }
    }

    /**
     * The certification screen's decision: the count is correct (certified by this facilitator) or
     * must be counted again (a reason is required). Completes the screen's "Certify vote result"
     * task in the same transaction; if the task cannot be completed, nothing is kept.
     */
    public void decideResult(UUID journeyId, String taskId, boolean correct, String note, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR);
        String trimmed = note == null ? "" : note.trim();
        if (trimmed.length() > 2000) {
            throw Refused.input("voting.refused.noteTooLong");
        }
        Map<String, Object> variables = new HashMap<>();
        if (correct) {
            certify(journeyId, facilitator);
            variables.put(ModelContract.RESULT_DECISION, "certify");
        } else {
            if (trimmed.isEmpty()) {
                throw Refused.input("voting.refused.noRecountReason");
            }
            variables.put(ModelContract.RESULT_DECISION, "recount");
        }
        if (!trimmed.isEmpty()) {
            variables.put("certificationNote", trimmed);
        }
        screenTasks.complete(new TaskDoneOnScreen(taskId, journeyId, CERTIFY_SCREEN, variables));
    }

    /**
     * A facilitator moves the closing time of an open vote later: the vote's window (which every
     * ballot is judged against), the journey's dates and its process timer move together
     * ({@link JourneyProcess#voteClosesLaterAt}); {@link VoteCloseExtended} records the fact.
     */
    public void extendClose(UUID journeyId, Instant newCloseAt, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR);
        journeys.get(journeyId);
        // locked as for a close: a close and an extension cannot cross, and casts in progress finish first
        VoteWindow window = windows.lockForClosing(journeyId).filter(VoteWindow::isOpen)
                .orElseThrow(() -> Refused.state("voting.refused.extendNotOpen"));
        if (newCloseAt == null) {
            throw Refused.input("voting.refused.noCloseTime");
        }
        Instant current = window.getClosesAt();
        if (!newCloseAt.isAfter(current)) {
            throw Refused.input("voting.refused.closeNotLater");
        }
        if (!newCloseAt.isAfter(clock.instant())) {
            throw Refused.input("voting.refused.closeInPast");
        }
        window.closesLaterAt(newCloseAt);
        journeys.voteClosesLaterAt(journeyId, newCloseAt);
        process.voteClosesLaterAt(journeyId, newCloseAt);
        events.publishEvent(new VoteCloseExtended(journeyId, current, newCloseAt, facilitator));
    }

    /** How many residents voted in this way (online, or on paper entered by a facilitator). */
    @Transactional(readOnly = true)
    public long turnout(UUID journeyId, VotingChannel channel) {
        return participations.countForJourney(journeyId, channel);
    }

    /** The counted vote for the certification and results pages; empty until it has been counted. */
    @Transactional(readOnly = true)
    public Optional<VoteReport> report(UUID journeyId) {
        Optional<VoteCertification> certification = certifications.findById(journeyId);
        if (certification.isEmpty()) {
            return Optional.empty();
        }
        Journey journey = journeys.get(journeyId);
        List<VoteResult> counted = results.forJourney(journeyId);
        long used = counted.stream().filter(VoteResult::isSelected).mapToLong(VoteResult::getCostPence).sum();
        long left = journey.getBudgetPence() - used;
        List<VoteReport.Line> lines = counted.stream().map(result -> new VoteReport.Line(result.getIdeaId(),
                titleOf(result.getIdeaId()), result.getVotes(), result.getCostPence(), result.isSelected(),
                result.getPosition(), result.isSelected() ? null : whyNotFunded(result, left))).toList();
        VoteCertification done = certification.get();
        return Optional.of(new VoteReport(journeyId, journey.getTitle(), journey.getBudgetPence(),
                journey.getBallotSettings(), lines, turnout(journeyId, VotingChannel.ONLINE),
                turnout(journeyId, VotingChannel.PAPER), ballots.countByJourneyId(journeyId), done.getCertifiedBy(),
                done.getCertifiedAt(), done.getPublishedAt()));
    }

    private static Wording whyNotFunded(VoteResult result, long leftPence) {
        if (result.getVotes() == 0) {
            return Wording.of("voting.notFunded.noVotes");
        }
        if (result.getCostPence() > leftPence) {
            return Wording.of("voting.notFunded.noFit", Money.format(Math.max(0, leftPence)));
        }
        return Wording.of("voting.notFunded.fewVoters");
    }

    /**
     * True once the count is certified: the ballots (.pb) are then public; before, only the
     * facilitators who certify the count see them.
     */
    @Transactional(readOnly = true)
    public boolean ballotsArePublished(UUID journeyId) {
        return certifications.findById(journeyId).map(c -> c.getCertifiedAt() != null).orElse(false);
    }

    /** True once the certified result has been published. */
    @Transactional(readOnly = true)
    public boolean isPublished(UUID journeyId) {
        return certifications.findById(journeyId).map(c -> c.getPublishedAt() != null).orElse(false);
    }

    public void publish(UUID journeyId) {
        certification(journeyId).publish(clock.instant());
        events.publishEvent(new ResultPublished(journeyId, winners(journeyId)));
    }

    @Transactional(readOnly = true)
    public List<UUID> winners(UUID journeyId) {
        return results.forJourney(journeyId).stream().filter(VoteResult::isSelected).map(VoteResult::getIdeaId).toList();
    }

    @Transactional(readOnly = true)
    public List<VoteResult> results(UUID journeyId) {
        return results.forJourney(journeyId);
    }

    @Transactional(readOnly = true)
    public Optional<VoteCertification> certificationOf(UUID journeyId) {
        return certifications.findById(journeyId);
    }

    private VoteCertification certification(UUID journeyId) {
        return certifications.findById(journeyId)
                .orElseThrow(() -> new IllegalStateException("The vote has not been counted yet."));
    }

    /** Ideas are referenced only by id here; the titles come from the ideas module. */
    @Transactional(readOnly = true)
    public String titleOf(UUID ideaId) {
        Idea idea = ideas.get(ideaId);
        return idea.getTitle();
    }
}
