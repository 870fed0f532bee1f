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
        RoundJumps jumps = new RoundJumps();
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
                outcome = mayTrack ? engine.outcome(perVoter) : jumps.outcome(engine, start, step, round);
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
            if (!mayTrack && step.signum() > 0) {
                sameUntil = Math.max(sameUntil, jumps.sameUntil(engine, start, step, round, outcome));
            }
            long last = Math.max(round, sameUntil);
            // the last round of those with this outcome: its run (and payments) counts if the next overspends
            previous = last == round ? current : new FinalRun(start.add(step.multiply(Fraction.of(last))), outcome);
            round = last + 1;
        }
    }

    /**
     * Jumps over rounds of a large election that surely give the same outcome as this one
     * ({@link EqualShares#sameOutcomeBetween}): the jump tried doubles after each proved one and
     * halves after each refused one. After a refused jump of one round, rounds are counted one by one
     * for a while before the next try (8 rounds, twice as many after each further refusal, back to 8
     * after a proved jump), and the first 8 rounds are too: most counts need few rounds, and an
     * election whose outcome changes every round needs each of them anyway. Rounds counted one by one
     * are counted a few ahead, side by side on the machine's cores.
     */
    private static final class RoundJumps {

        private static final int FIRST_WAIT = 8;
        private static final int LONGEST_WAIT = 256;
        private static final int AHEAD = 2 * Runtime.getRuntime().availableProcessors();
        private long jump = 1;
        private int wait = FIRST_WAIT;
        private int nextWait = FIRST_WAIT;
        /** Outcomes of the rounds counted ahead, by round. */
        private final Map<Long, Outcome> ahead = new HashMap<>();

        /** The outcome of this round, counted ahead with the next few while rounds go one by one. */
        Outcome outcome(EqualShares engine, Fraction start, Fraction step, long round) {
            Outcome counted = ahead.remove(round);
            if (counted != null) {
                return counted;
            }
            ahead.clear();
            if (wait == 0) {
                return engine.outcome(start.add(step.multiply(Fraction.of(round))));
            }
            List<Outcome> batch = java.util.stream.LongStream.range(round, round + Math.min(wait + 1, AHEAD)).parallel()
                    .mapToObj(k -> engine.outcome(start.add(step.multiply(Fraction.of(k))))).toList();
            for (int i = 1; i < batch.size(); i++) {
                ahead.put(round + i, batch.get(i));
            }
            return batch.get(0);
        }

        /** The last round known to give {@code outcome}: {@code round} itself when no jump is proved. */
        long sameUntil(EqualShares engine, Fraction start, Fraction step, long round, Outcome outcome) {
            if (wait > 0) {
                wait--;
                return round;
            }
            if (!ahead.isEmpty()) {
                return round; // counted ahead already: count those rather than prove a jump
            }
            long target = round + jump;
            if (target > round && engine.sameOutcomeBetween(start.add(step.multiply(Fraction.of(round))),
                    start.add(step.multiply(Fraction.of(target))), outcome)) {
                jump = Math.min(jump * 2, 1L << 40);
                nextWait = FIRST_WAIT;
                return target;
            }
            if (jump == 1) {
                wait = nextWait;
                nextWait = Math.min(2 * nextWait, LONGEST_WAIT);
            }
            jump = Math.max(1, jump / 2);
            return round;
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
