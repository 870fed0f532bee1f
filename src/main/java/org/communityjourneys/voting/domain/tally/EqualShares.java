// Over 400 lines: one algorithm (the Method of Equal Shares with its completions), kept whole so it reads as the definition does.
package org.communityjourneys.voting.domain.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares (one run, no completion), in exact arithmetic.
 *
 * <p>Every voter starts with the same share of money. Repeatedly, the project whose supporters can
 * buy it with the smallest maximum payment per unit of utility (rho) is bought; each supporter pays
 * rho times their utility, or everything they have left if that is less. Ties in rho are broken by
 * the {@link TieBreak}. Projects their supporters can no longer afford drop out.
 *
 * <p>For speed, identical ballots are counted once with a weight, supporters of each project are
 * worked out once, and all voters' money is kept as whole numbers over one common denominator, so
 * comparing and adding money needs no fractions in the inner loops.
 */
public final class EqualShares {

    private final List<Candidate> candidates;
    private final TieBreak tieBreak;
    private final int ballotCount;
    private final int[] groupOfBallot;
    private final BigInteger[] groupWeight;
    private final long[] groupWeightLong;
    private final int[][] supporters;
    private final long[][] utility;
    private final boolean[] uniform;
    private final BigInteger[] utilityScale;
    private final long[] reducedTotal;
    private final BigInteger[] cost;
    private final RoundedRun roundedRun;

    /**
     * @param candidates the projects that may be bought (their {@code votes} are used only for tie-breaking)
     * @param ballots every ballot cast (empty ones too: each counts as a voter)
     */
    public EqualShares(List<Candidate> candidates, List<Ballot> ballots, Utility utilityKind, TieBreak tieBreak) {
        this.candidates = List.copyOf(candidates);
        this.tieBreak = tieBreak;
        this.ballotCount = ballots.size();
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < this.candidates.size(); p++) {
            index.put(this.candidates.get(p).id(), p);
        }
        int projectCount = this.candidates.size();

        // group identical ballots (same projects, same points), each kept as its (project, utility) pairs
        long[] scratch = new long[projectCount];
        int[] touched = new int[projectCount];
        Map<BallotKey, Integer> groups = new HashMap<>();
        List<long[]> groupEntries = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        groupOfBallot = new int[ballots.size()];
        for (int b = 0; b < ballots.size(); b++) {
            Ballot ballot = ballots.get(b);
            int touchedCount = 0;
            for (int i = 0; i < ballot.projects().size(); i++) {
                Integer p = index.get(ballot.projects().get(i));
                if (p == null || scratch[p] != 0) {
                    continue; // not eligible, or named twice
                }
                long points = ballot.pointsAt(i);
                scratch[p] = switch (utilityKind) {
                    case APPROVAL -> 1;
                    case COST -> Math.max(0, this.candidates.get(p).cost());
                    case POINTS -> Math.max(0, points);
                };
                if (scratch[p] != 0) {
                    touched[touchedCount++] = p;
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            long[] entries = new long[2 * touchedCount];
            for (int i = 0; i < touchedCount; i++) {
                entries[2 * i] = touched[i];
                entries[2 * i + 1] = scratch[touched[i]];
                scratch[touched[i]] = 0;
            }
            for (int i = 0; i < ballot.projects().size(); i++) {
                Integer p = index.get(ballot.projects().get(i));
                if (p != null) {
                    scratch[p] = 0; // a zero-point entry too
                }
            }
            BallotKey key = new BallotKey(entries);
            Integer group = groups.get(key);
            if (group == null) {
                group = groupEntries.size();
                groups.put(key, group);
                groupEntries.add(entries);
                weights.add(0L);
            }
            weights.set(group, weights.get(group) + 1);
            groupOfBallot[b] = group;
        }
        int groupCount = groupEntries.size();
        groupWeight = new BigInteger[groupCount];
        groupWeightLong = new long[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groupWeightLong[g] = weights.get(g);
            groupWeight[g] = BigInteger.valueOf(weights.get(g));
        }

        // supporters of each project, in group order, with their utilities over the project's gcd
        int[] count = new int[projectCount];
        long[] gcd = new long[projectCount];
        for (long[] entries : groupEntries) {
            for (int i = 0; i < entries.length; i += 2) {
                int p = (int) entries[i];
                count[p]++;
                gcd[p] = gcd(gcd[p], entries[i + 1]);
            }
        }
        supporters = new int[projectCount][];
        utility = new long[projectCount][];
        for (int p = 0; p < projectCount; p++) {
            supporters[p] = new int[count[p]];
            utility[p] = new long[count[p]];
        }
        int[] filled = new int[projectCount];
        for (int g = 0; g < groupCount; g++) {
            long[] entries = groupEntries.get(g);
            for (int i = 0; i < entries.length; i += 2) {
                int p = (int) entries[i];
                supporters[p][filled[p]] = g;
                utility[p][filled[p]] = entries[i + 1] / gcd[p];
                filled[p]++;
            }
        }
        uniform = new boolean[projectCount];
        utilityScale = new BigInteger[projectCount];
        reducedTotal = new long[projectCount];
        cost = new BigInteger[projectCount];
        for (int p = 0; p < projectCount; p++) {
            cost[p] = BigInteger.valueOf(this.candidates.get(p).cost());
            boolean allOne = true;
            long total = 0;
            for (int s = 0; s < supporters[p].length; s++) {
                allOne &= utility[p][s] == 1;
                total = Math.addExact(total, Math.multiplyExact(utility[p][s], groupWeightLong[supporters[p][s]]));
            }
            uniform[p] = allOne;
            utilityScale[p] = BigInteger.valueOf(gcd[p] == 0 ? 1 : gcd[p]);
            reducedTotal[p] = total;
        }
        roundedRun = new RoundedRun(this.candidates, tieBreak, supporters, utility, groupWeightLong, reducedTotal, utilityScale);
    }

    /** A ballot's (project, utility) pairs, ordered by project: equal for identical ballots. */
    private record BallotKey(long[] entries) {
        @Override
        public boolean equals(Object other) {
            return other instanceof BallotKey key && Arrays.equals(entries, key.entries);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(entries);
        }

        @Override
        public String toString() {
            return Arrays.toString(entries);
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public int ballotCount() {
        return ballotCount;
    }

    /**
     * The outcome of {@link #run} with this much money per voter: from a run in double precision when
     * every decision in it was certain (see {@link RoundedRun}), otherwise from the exact run.
     */
    public Outcome outcome(Fraction perVoterBudget) {
        return certainOutcome(perVoterBudget).orElseGet(() -> run(perVoterBudget).outcome());
    }

    /** The outcome of the run in double precision, empty when a decision in it was too close to call. */
    public java.util.Optional<Outcome> certainOutcome(Fraction perVoterBudget) {
        return roundedRun().outcome(perVoterBudget);
    }

    /**
     * True when it is certain that every amount of money per voter from {@code low} to {@code high}
     * gives this outcome (the same purchases in the same order); false when that is not certain.
     */
    public boolean sameOutcomeBetween(Fraction low, Fraction high, Outcome outcome) {
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < candidates.size(); p++) {
            index.put(candidates.get(p).id(), p);
        }
        List<Integer> bought = new ArrayList<>();
        for (String id : outcome.selectedInOrder()) {
            Integer p = index.get(id);
            if (p == null) {
                return false;
            }
            bought.add(p);
        }
        return roundedRun().sameRunBetween(low, high, bought);
    }

    private RoundedRun roundedRun() {
        return roundedRun;
    }

    /** Runs MES once with the given amount of money per voter. */
    public Result run(Fraction perVoterBudget) {
        int projectCount = candidates.size();
        int groupCount = groupWeight.length;
        BigInteger denominator = perVoterBudget.denominator();
        BigInteger[] money = new BigInteger[groupCount];
        Arrays.fill(money, perVoterBudget.numerator());

        // lower bounds of each project's rho, as numerator / denominator
        BigInteger[] rhoNumerator = new BigInteger[projectCount];
        BigInteger[] rhoDenominator = new BigInteger[projectCount];
        List<Integer> remaining = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            if (reducedTotal[p] > 0) {
                remaining.add(p);
                rhoNumerator[p] = cost[p];
                rhoDenominator[p] = utilityScale[p].multiply(BigInteger.valueOf(reducedTotal[p]));
            }
        }
        List<Integer> selected = new ArrayList<>();
        int[] scratch = new int[groupCount];
        BigInteger[] chosenPayment = new BigInteger[2];

        while (!remaining.isEmpty()) {
            remaining.sort((a, b) -> compare(rhoNumerator[a], rhoDenominator[a], rhoNumerator[b], rhoDenominator[b]));
            int best = -1;
            List<Integer> tied = new ArrayList<>();
            List<Integer> unaffordable = new ArrayList<>();
            Map<Integer, BigInteger[]> payments = new HashMap<>();
            for (int p : remaining) {
                if (best >= 0 && compare(rhoNumerator[p], rhoDenominator[p], rhoNumerator[best], rhoDenominator[best]) > 0) {
                    break;
                }
                BigInteger[] payment = affordability(p, money, denominator, scratch);
                if (payment == null) {
                    unaffordable.add(p);
                    continue;
                }
                payments.put(p, payment);
                rhoNumerator[p] = payment[0];
                rhoDenominator[p] = payment[1].multiply(utilityScale[p]).multiply(denominator);
                int order = best < 0 ? -1 : compare(rhoNumerator[p], rhoDenominator[p], rhoNumerator[best], rhoDenominator[best]);
                if (order < 0) {
                    best = p;
                    tied.clear();
                    tied.add(p);
                } else if (order == 0) {
                    tied.add(p);
                }
            }
            remaining.removeAll(unaffordable);
            if (tied.isEmpty()) {
                break;
            }
            int chosen = tied.get(0);
            for (int p : tied) {
                if (tieBreak.preference().compare(candidates.get(p), candidates.get(chosen)) < 0) {
                    chosen = p;
                }
            }
            BigInteger[] payment = payments.get(chosen);
            denominator = pay(chosen, payment[0], payment[1], money, denominator);
            remaining.remove(Integer.valueOf(chosen));
            selected.add(chosen);
        }
        List<String> order = new ArrayList<>();
        long total = 0;
        for (int p : selected) {
            order.add(candidates.get(p).id());
            total += candidates.get(p).cost();
        }
        return new Result(new Outcome(order, total), perVoterBudget, money, denominator);
    }

    /**
     * Finds q, the payment per unit of (reduced) utility in units of 1/denominator, such that the
     * supporters paying min(money, q * utility) raise exactly the cost. Returns {X, U} with q = X / U,
     * or null when the supporters together cannot afford the project.
     */
    private BigInteger[] affordability(int p, BigInteger[] money, BigInteger denominator, int[] active) {
        int[] groups = supporters[p];
        long[] utilities = utility[p];
        BigInteger needed = cost[p].multiply(denominator);
        BigInteger available = BigInteger.ZERO;
        for (int g : groups) {
            if (money[g].signum() > 0) {
                available = available.add(groupWeightLong[g] == 1 ? money[g] : money[g].multiply(groupWeight[g]));
            }
        }
        if (available.compareTo(needed) < 0) {
            return null;
        }
        int activeCount = groups.length;
        for (int s = 0; s < activeCount; s++) {
            active[s] = s;
        }
        BigInteger x = needed;
        long u = reducedTotal[p];
        while (true) {
            BigInteger bigU = BigInteger.valueOf(u);
            BigInteger poorMoney = BigInteger.ZERO;
            long poorUtility = 0;
            int kept = 0;
            if (uniform[p]) {
                // money < x / u  <=>  money < ceil(x / u) for whole-number money
                BigInteger threshold = x.add(bigU).subtract(BigInteger.ONE).divide(bigU);
                for (int i = 0; i < activeCount; i++) {
                    int s = active[i];
                    int g = groups[s];
                    if (money[g].compareTo(threshold) < 0) {
                        poorMoney = poorMoney.add(groupWeightLong[g] == 1 ? money[g] : money[g].multiply(groupWeight[g]));
                        poorUtility += groupWeightLong[g];
                    } else {
                        active[kept++] = s;
                    }
                }
            } else {
                for (int i = 0; i < activeCount; i++) {
                    int s = active[i];
                    int g = groups[s];
                    if (money[g].multiply(bigU).compareTo(x.multiply(BigInteger.valueOf(utilities[s]))) < 0) {
                        poorMoney = poorMoney.add(money[g].multiply(groupWeight[g]));
                        poorUtility += utilities[s] * groupWeightLong[g];
                    } else {
                        active[kept++] = s;
                    }
                }
            }
            if (kept == activeCount) {
                return new BigInteger[] {x, bigU};
            }
            activeCount = kept;
            x = x.subtract(poorMoney);
            u -= poorUtility;
            if (u == 0) {
                // cannot happen when the supporters can afford the project; kept as a guard
                return null;
            }
        }
    }

    /** Supporters of p pay min(money, q * utility) with q = x / u; returns the new common denominator. */
    private BigInteger pay(int p, BigInteger x, BigInteger u, BigInteger[] money, BigInteger denominator) {
        BigInteger gcd = x.gcd(u);
        BigInteger factor = u.divide(gcd);
        BigInteger q = x.divide(gcd);
        if (!factor.equals(BigInteger.ONE)) {
            denominator = denominator.multiply(factor);
            for (int g = 0; g < money.length; g++) {
                if (money[g].signum() > 0) {
                    money[g] = money[g].multiply(factor);
                }
            }
        }
        int[] groups = supporters[p];
        for (int s = 0; s < groups.length; s++) {
            int g = groups[s];
            BigInteger share = uniform[p] ? q : q.multiply(BigInteger.valueOf(utility[p][s]));
            money[g] = money[g].compareTo(share) <= 0 ? BigInteger.ZERO : money[g].subtract(share);
        }
        return denominator;
    }

    /** A run together with the last round up to which every later round gives the same outcome. */
    public record TrackedRun(Result result, long sameUntil) {
    }

    /**
     * Runs MES with {@code start + k * step} per voter, like {@link #run(Fraction)}, and also works
     * out the last round K >= k for which every decision of the run (who can afford what, who pays
     * in full, which project wins each round, ties included) comes out the same: every amount in the
     * run is linear in the round number while those decisions hold, so each comparison stays the
     * same up to the point where the two sides cross. Rounds k..K then all have the same outcome.
     * Plain fractions, every project looked at every round: meant for small electorates, where
     * Add1 may need very many rounds.
     */
    public TrackedRun runTracked(Fraction start, Fraction step, long k) {
        int projectCount = candidates.size();
        int groupCount = groupWeight.length;
        Affine[] money = new Affine[groupCount];
        java.util.Arrays.fill(money, new Affine(start, step));
        long sameUntil = Long.MAX_VALUE;
        List<Integer> remaining = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            if (reducedTotal[p] > 0) {
                remaining.add(p);
            }
        }
        List<Integer> selected = new ArrayList<>();
        while (!remaining.isEmpty()) {
            int best = -1;
            Affine bestRho = null;
            Affine bestQ = null;
            boolean[] bestPoor = null;
            List<Integer> unaffordable = new ArrayList<>();
            for (int p : remaining) {
                int[] groups = supporters[p];
                Affine cost = Affine.constant(Fraction.of(candidates.get(p).cost()));
                Affine available = Affine.ZERO;
                for (int g : groups) {
                    available = available.add(money[g].times(Fraction.of(groupWeightLong[g])));
                }
                Affine surplus = available.subtract(cost);
                sameUntil = Math.min(sameUntil, surplus.signKeptUntil(k));
                if (surplus.at(k).signum() < 0) {
                    unaffordable.add(p);
                    continue;
                }
                boolean[] poor = new boolean[groups.length];
                Affine x = cost;
                long u = reducedTotal[p];
                boolean changed = true;
                while (changed) {
                    changed = false;
                    Affine xNow = x;
                    long uNow = u;
                    for (int s = 0; s < groups.length; s++) {
                        if (poor[s]) {
                            continue;
                        }
                        int g = groups[s];
                        // poor when money < (x / u) * utility, i.e. money * u - x * utility < 0
                        Affine gap = money[g].times(Fraction.of(uNow)).subtract(xNow.times(Fraction.of(utility[p][s])));
                        sameUntil = Math.min(sameUntil, gap.signKeptUntil(k));
                        if (gap.at(k).signum() < 0) {
                            poor[s] = true;
                            changed = true;
                            x = x.subtract(money[g].times(Fraction.of(groupWeightLong[g])));
                            u -= utility[p][s] * groupWeightLong[g];
                        }
                    }
                    if (u == 0) {
                        throw new IllegalStateException("affordable project with no one left to pay");
                    }
                }
                Affine q = x.times(Fraction.of(1, u));
                Affine rho = q.times(Fraction.of(BigInteger.ONE, utilityScale[p]));
                int order;
                if (best < 0) {
                    order = -1;
                } else {
                    Affine difference = rho.subtract(bestRho);
                    sameUntil = Math.min(sameUntil, difference.signKeptUntil(k));
                    order = difference.at(k).signum();
                    if (order == 0) {
                        order = tieBreak.preference().compare(candidates.get(p), candidates.get(best));
                    }
                }
                if (order < 0) {
                    best = p;
                    bestRho = rho;
                    bestQ = q;
                    bestPoor = poor;
                }
            }
            remaining.removeAll(unaffordable);
            if (best < 0) {
                break;
            }
            int[] groups = supporters[best];
            for (int s = 0; s < groups.length; s++) {
                int g = groups[s];
                money[g] = bestPoor[s] ? Affine.ZERO : money[g].subtract(bestQ.times(Fraction.of(utility[best][s])));
            }
            remaining.remove(Integer.valueOf(best));
            selected.add(best);
        }
        List<String> order = new ArrayList<>();
        long total = 0;
        for (int p : selected) {
            order.add(candidates.get(p).id());
            total += candidates.get(p).cost();
        }
        // what every voter has left in round k, over one common denominator
        Fraction[] left = new Fraction[groupCount];
        BigInteger denominator = BigInteger.ONE;
        for (int g = 0; g < groupCount; g++) {
            left[g] = money[g].at(k);
            denominator = lcm(denominator, left[g].denominator());
        }
        BigInteger[] whole = new BigInteger[groupCount];
        for (int g = 0; g < groupCount; g++) {
            whole[g] = left[g].numerator().multiply(denominator.divide(left[g].denominator()));
        }
        Fraction perVoter = start.add(step.multiply(Fraction.of(k)));
        return new TrackedRun(new Result(new Outcome(order, total), perVoter, whole, denominator), sameUntil);
    }

    /** Number of distinct ballots times number of projects: how big one run is. */
    public long size() {
        return (long) groupWeight.length * candidates.size();
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    private static int compare(BigInteger n1, BigInteger d1, BigInteger n2, BigInteger d2) {
        return n1.multiply(d2).compareTo(n2.multiply(d1));
    }

    /** One MES run: what was bought and what every voter has left. */
    public final class Result {
        private final Outcome outcome;
        private final Fraction perVoterBudget;
        private final BigInteger[] money;
        private final BigInteger denominator;

        private Result(Outcome outcome, Fraction perVoterBudget, BigInteger[] money, BigInteger denominator) {
            this.outcome = outcome;
            this.perVoterBudget = perVoterBudget;
            this.money = money;
            this.denominator = denominator;
        }

        public Outcome outcome() {
            return outcome;
        }

        /** The same payments with a different outcome (after a greedy fill that nobody paid for). */
        public Result withOutcome(Outcome newOutcome) {
            return new Result(newOutcome, perVoterBudget, money, denominator);
        }

        public Fraction perVoterBudget() {
            return perVoterBudget;
        }

        /** What the voter who cast ballot number {@code ballot} (0-based) paid in total. */
        public Fraction paidBy(int ballot) {
            return perVoterBudget.subtract(Fraction.of(money[groupOfBallot[ballot]], denominator));
        }

        /** What the voter who cast ballot number {@code ballot} has left. */
        public Fraction leftWith(int ballot) {
            return Fraction.of(money[groupOfBallot[ballot]], denominator);
        }
    }
}
