package org.communityjourneys.voting.domain.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts an election with the chosen rule and completion. The semantics follow pabutools 1.2.3
 * (see the README section "Recompute a vote"):
 * <ul>
 * <li>votes of a project = number of ballots naming it (total points with {@link Utility#POINTS});
 * projects below the threshold are left out of every rule;</li>
 * <li>MES starts every voter at budget / n, n counting every ballot, empty ones included;</li>
 * <li>add1: rerun MES with one more currency unit per voter until the outcome is exhaustive
 * (no project left out that has a vote still fits), or return the previous outcome as soon as one
 * overspends;</li>
 * <li>budget-increase: the same, raising the total budget by 1% of the limit per round.</li>
 * </ul>
 */
public final class Tally {

    /** Plain Add1 rounds between two tracked ones (which may skip rounds). */
    private static final int PLAIN_ROUNDS_BEFORE_TRACKING = 128;
    /** Tracked rounds only for elections up to this many distinct ballots times projects. */
    private static final long LARGEST_TRACKED_RUN = 3_000;

    private final Election election;
    private final TallySettings settings;
    private final List<Candidate> candidates;
    private EqualShares equalShares;

    public Tally(Election election, TallySettings settings) {
        this.election = election;
        this.settings = settings;
        this.candidates = eligibleCandidates(election, settings);
    }

    public static Outcome count(Election election, TallySettings settings) {
        return new Tally(election, settings).count();
    }

    /** The projects taking part, with their votes counted from the ballots. */
    public List<Candidate> candidates() {
        return candidates;
    }

    public Outcome count() {
        return count(CountProgress.NONE);
    }

    /** Counts, telling {@code progress} after every round of an iterated MES. */
    public Outcome count(CountProgress progress) {
        return switch (settings.rule()) {
            case GREEDY -> greedy(false);
            case GREEDY_PER_COST -> greedy(true);
            case EQUAL_SHARES -> {
                Outcome outcome = equalSharesRun(progress).outcome();
                yield withGreedyFill() ? greedyFill(outcome) : outcome;
            }
        };
    }

    /**
     * The final MES run behind the outcome (before any greedy fill), with voters' payments: the
     * rounds are counted as in {@link #count()}, and the last one again exactly for its payments.
     */
    public EqualShares.Result equalSharesWithCompletion() {
        FinalRun last = equalSharesRun(CountProgress.NONE);
        EqualShares.Result result = engine().run(last.perVoterBudget());
        if (!result.outcome().equals(last.outcome())) {
            throw new IllegalStateException("the exact run disagrees with the counted one at " + last.perVoterBudget());
        }
        return withGreedyFill() ? result.withOutcome(greedyFill(result.outcome())) : result;
    }

    /** The money per voter of the run whose outcome counts, and that outcome. */
    private record FinalRun(Fraction perVoterBudget, Outcome outcome) {
    }

    private FinalRun equalSharesRun(CountProgress progress) {
        Fraction budget = election.budget();
        int n = election.ballots().size();
        if (n == 0) {
            return new FinalRun(Fraction.ZERO, engine().outcome(Fraction.ZERO));
        }
        Fraction share = budget.divide(Fraction.of(n));
        return switch (settings.completion()) {
            case NONE, THEN_GREEDY -> new FinalRun(share, engine().outcome(share));
            case ADD1, ADD1_THEN_GREEDY -> iterate(share, Fraction.ONE, progress);
            case ADD1_INTEGRAL -> iterate(Fraction.of(share.floor(), BigInteger.ONE), Fraction.ONE, progress);
            case BUDGET_INCREASE -> iterate(share, budget.divide(Fraction.of(100L * n)), progress);
        };
    }

    private boolean withGreedyFill() {
        return settings.completion() == Completion.THEN_GREEDY || settings.completion() == Completion.ADD1_THEN_GREEDY;
    }

    private Outcome greedyFill(Outcome outcome) {
        Map<String, Candidate> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<Candidate> selected = new ArrayList<>();
        outcome.selectedInOrder().forEach(id -> selected.add(byId.get(id)));
        GreedyByVotes.fill(candidates, election.budget(), false, settings.tieBreak(), selected);
        return new Outcome(selected.stream().map(Candidate::id).toList(), selected.stream().mapToLong(Candidate::cost).sum());
    }

    private EqualShares engine() {
        if (equalShares == null) {
            equalShares = new EqualShares(candidates, election.ballots(), settings.utility(), settings.tieBreak());
        }
        return equalShares;
    }

    /**
     * Iterated MES: start at {@code start} per voter and add {@code step} per voter each round.
     * Returns the first exhaustive outcome, or the last affordable one when a round overspends.
     *
     * <p>Small electorates with a large budget (pence!) may need very many rounds. So, for small
     * elections, after every {@value #PLAIN_ROUNDS_BEFORE_TRACKING} plain rounds one round is run
     * with {@link EqualShares#runTracked}, which also tells up to which round the outcome stays
     * exactly the same; the rounds in between are skipped (they would give that same outcome, so
     * they are neither exhaustive nor overspending). A plain round is {@link EqualShares#outcome}:
     * in double precision when that is certain, exact otherwise.
     */
    private FinalRun iterate(Fraction start, Fraction step, CountProgress progress) {
        EqualShares engine = engine();
        boolean mayTrack = engine.size() <= LARGEST_TRACKED_RUN;
        long round = 0;
        long runs = 0;
        int plainRounds = 0;
        FinalRun previous = null;
        while (true) {
            Fraction perVoter = start.add(step.multiply(Fraction.of(round)));
            Outcome outcome;
            long sameUntil = round;
            if (mayTrack && plainRounds >= PLAIN_ROUNDS_BEFORE_TRACKING) {
                EqualShares.TrackedRun tracked = engine.runTracked(start, step, round);
                outcome = tracked.result().outcome();
                sameUntil = tracked.sameUntil();
                plainRounds = 0;
            } else {
                outcome = engine.outcome(perVoter);
                plainRounds++;
            }
            progress.roundCounted(++runs, outcome.totalCost());
            FinalRun current = new FinalRun(perVoter, outcome);
            if (Fraction.of(outcome.totalCost()).compareTo(election.budget()) > 0) {
                return previous == null ? current : previous;
            }
            if (isExhaustive(outcome) || !canGrow(outcome) || step.signum() <= 0 || sameUntil == Long.MAX_VALUE) {
                return current;
            }
            previous = current;
            round = Math.max(round, sameUntil) + 1;
        }
    }

    /**
     * True when no project left out that anyone supports would still fit in the real budget (as the
     * reference defines it: a project without a vote cannot be bought by more money per voter, so it
     * does not keep the rounds going).
     */
    private boolean isExhaustive(Outcome outcome) {
        Set<String> chosen = new HashSet<>(outcome.selectedInOrder());
        Fraction left = election.budget().subtract(Fraction.of(outcome.totalCost()));
        for (Candidate candidate : candidates) {
            if (!chosen.contains(candidate.id()) && candidate.votes() > 0 && Fraction.of(candidate.cost()).compareTo(left) <= 0) {
                return false;
            }
        }
        return true;
    }

    /** False when every project with any support is already chosen: more money cannot change anything. */
    private boolean canGrow(Outcome outcome) {
        Set<String> chosen = new HashSet<>(outcome.selectedInOrder());
        for (Candidate candidate : candidates) {
            if (!chosen.contains(candidate.id()) && candidate.votes() > 0) {
                return true;
            }
        }
        return false;
    }

    private Outcome greedy(boolean perCost) {
        List<Candidate> selected = GreedyByVotes.select(candidates, election.budget(), perCost, settings.tieBreak());
        return new Outcome(selected.stream().map(Candidate::id).toList(), selected.stream().mapToLong(Candidate::cost).sum());
    }

    private static List<Candidate> eligibleCandidates(Election election, TallySettings settings) {
        Map<String, Long> votes = new HashMap<>();
        for (Ballot ballot : election.ballots()) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ballot.projects().size(); i++) {
                String id = ballot.projects().get(i);
                if (seen.add(id)) {
                    long weight = settings.utility() == Utility.POINTS ? ballot.pointsAt(i) : 1;
                    votes.merge(id, weight, Long::sum);
                }
            }
        }
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate candidate : election.candidates()) {
            long count = votes.getOrDefault(candidate.id(), 0L);
            if (count >= settings.threshold()) {
                eligible.add(new Candidate(candidate.id(), candidate.cost(), count));
            }
        }
        return eligible;
    }
}
