package org.communityjourneys.voting.domain.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the Method of Equal Shares in double precision that answers only when it is sure.
 *
 * <p>Every amount (a voter's money, a threshold, a payment, a project's rho) carries a bound on how
 * far rounding may have taken it from the exact value. A decision (can the supporters afford the
 * project, is this voter among those who pay everything they have, which project has the smallest
 * rho) is taken only when the two sides stay apart by more than their bounds; when they do not, the
 * run gives up and the caller counts that run exactly with {@link EqualShares#run}. So whenever it
 * answers, every decision it took is the exact run's, and so is the outcome. Exact ties always give
 * up (they cannot be told from near ties in floating point) and go to the exact run's tie-break.
 *
 * <p>It is many times faster than the exact run on large electorates: the exact run keeps all money
 * over one common denominator that grows with every purchase, so its numbers get long.
 */
final class RoundedRun {

    /** A generous bound on one rounding's relative error (double precision's is 2^-53). */
    private static final double EPS = 0x1p-50;
    /** Integers up to this size are exact in a double. */
    private static final long EXACT_IN_DOUBLE = 1L << 52;

    private final List<Candidate> candidates;
    private final TieBreak tieBreak;
    private final int[][] supporters;
    private final long[][] utility;
    private final long[] weight;
    private final long[] reducedTotal;
    private final double[] scale;
    private final BigInteger[] utilityScale;
    private final boolean usable;

    RoundedRun(List<Candidate> candidates, TieBreak tieBreak, int[][] supporters, long[][] utility, long[] weight,
            long[] reducedTotal, BigInteger[] utilityScale) {
        this.candidates = candidates;
        this.tieBreak = tieBreak;
        this.supporters = supporters;
        this.utility = utility;
        this.weight = weight;
        this.reducedTotal = reducedTotal;
        this.utilityScale = utilityScale;
        this.scale = new double[utilityScale.length];
        boolean exact = true;
        for (int p = 0; p < candidates.size(); p++) {
            exact &= candidates.get(p).cost() < EXACT_IN_DOUBLE && reducedTotal[p] < EXACT_IN_DOUBLE
                    && utilityScale[p].bitLength() < 52;
            scale[p] = utilityScale[p].doubleValue();
            for (long u : utility[p]) {
                exact &= u < EXACT_IN_DOUBLE;
            }
        }
        for (long w : weight) {
            exact &= w < EXACT_IN_DOUBLE;
        }
        this.usable = exact;
    }

    /** The run's outcome with this much money per voter, or empty when some decision was too close to call. */
    Optional<Outcome> outcome(Fraction perVoterBudget) {
        if (!usable) {
            return Optional.empty();
        }
        double start = new BigDecimal(perVoterBudget.numerator())
                .divide(new BigDecimal(perVoterBudget.denominator()), MathContext.DECIMAL128).doubleValue();
        if (!Double.isFinite(start)) {
            return Optional.empty();
        }
        int projectCount = candidates.size();
        // each group's money and the bound on its error, side by side (one cache line for both)
        double[] state = new double[2 * weight.length];
        for (int g = 0; g < weight.length; g++) {
            state[2 * g] = start;
            state[2 * g + 1] = 2 * EPS * start;
        }

        // a lower bound of each project's rho (with its error): rho only grows as money is spent
        double[] bound = new double[projectCount];
        double[] boundError = new double[projectCount];
        double[] q = new double[projectCount];
        double[] qError = new double[projectCount];
        boolean[] noOnePoor = new boolean[projectCount];
        List<Integer> remaining = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            if (reducedTotal[p] > 0) {
                remaining.add(p);
                bound[p] = candidates.get(p).cost() / (scale[p] * reducedTotal[p]);
                boundError[p] = 4 * EPS * bound[p];
            }
        }
        List<Integer> selected = new ArrayList<>();
        int[] active = new int[weight.length];
        while (!remaining.isEmpty()) {
            remaining.sort((a, b) -> Double.compare(bound[a], bound[b]));
            List<Integer> evaluated = new ArrayList<>();
            List<Integer> unaffordable = new ArrayList<>();
            double smallestUpper = Double.POSITIVE_INFINITY;
            for (int p : remaining) {
                if (bound[p] - boundError[p] > smallestUpper) {
                    break; // its rho is surely above one already found
                }
                Affordability answer = affordability(p, state, active, q, qError, noOnePoor);
                if (answer == Affordability.UNDECIDED) {
                    return Optional.empty();
                }
                if (answer == Affordability.UNAFFORDABLE) {
                    unaffordable.add(p);
                    continue;
                }
                bound[p] = q[p] / scale[p];
                boundError[p] = qError[p] / scale[p] + 2 * EPS * bound[p];
                smallestUpper = Math.min(smallestUpper, bound[p] + boundError[p]);
                evaluated.add(p);
            }
            remaining.removeAll(unaffordable);
            if (evaluated.isEmpty()) {
                break;
            }
            int best = evaluated.get(0);
            for (int p : evaluated) {
                if (bound[p] < bound[best]) {
                    best = p;
                }
            }
            List<Integer> close = new ArrayList<>();
            for (int p : evaluated) {
                if (bound[p] - boundError[p] <= bound[best] + boundError[best]) {
                    close.add(p);
                }
            }
            if (close.size() > 1) {
                best = exactlySmallest(close, noOnePoor);
                if (best < 0) {
                    return Optional.empty(); // too close to tell in double precision
                }
            }
            pay(best, q[best], qError[best], state);
            remaining.remove(Integer.valueOf(best));
            selected.add(best);
        }
        List<String> order = new ArrayList<>();
        long total = 0;
        for (int p : selected) {
            order.add(candidates.get(p).id());
            total = Math.addExact(total, candidates.get(p).cost());
        }
        return Optional.of(new Outcome(order, total));
    }

    /**
     * Among projects whose rho is too close to call, the one the exact run buys (smallest rho, then
     * the tie-break), when each one's rho is known exactly; -1 otherwise. A project none of whose
     * supporters is short of the equal share has rho = cost / (total utility * scale) exactly: so
     * are the ties of a run's first purchases (with cost utilities, projects of equally many supporters).
     */
    private int exactlySmallest(List<Integer> close, boolean[] noOnePoor) {
        int chosen = -1;
        for (int p : close) {
            if (!noOnePoor[p]) {
                return -1;
            }
            if (chosen < 0) {
                chosen = p;
                continue;
            }
            // rho_p = cost_p / (total_p * scale_p), compared by cross-multiplication
            int order = BigInteger.valueOf(candidates.get(p).cost())
                    .multiply(BigInteger.valueOf(reducedTotal[chosen]).multiply(utilityScale[chosen]))
                    .compareTo(BigInteger.valueOf(candidates.get(chosen).cost())
                            .multiply(BigInteger.valueOf(reducedTotal[p]).multiply(utilityScale[p])));
            if (order < 0 || order == 0 && tieBreak.preference().compare(candidates.get(p), candidates.get(chosen)) < 0) {
                chosen = p;
            }
        }
        return chosen;
    }

    private enum Affordability { AFFORDABLE, UNAFFORDABLE, UNDECIDED }

    /**
     * As {@link EqualShares}'s exact affordability: q such that the supporters paying
     * min(money, q * utility) raise the cost, found by taking out those who cannot pay the equal
     * share until none is left. Stores q and its error bound in {@code q[p]} and {@code qError[p]}.
     */
    private Affordability affordability(int p, double[] state, int[] active, double[] q, double[] qError,
            boolean[] noOnePoor) {
        int[] groups = supporters[p];
        long[] utilities = utility[p];
        double cost = candidates.get(p).cost();
        double available = 0;
        double availableError = 0;
        for (int g : groups) {
            available += weight[g] * state[2 * g];
            availableError += weight[g] * state[2 * g + 1];
        }
        availableError += (groups.length + 2) * EPS * available;
        if (available + availableError < cost) {
            return Affordability.UNAFFORDABLE;
        }
        if (available - availableError < cost) {
            return Affordability.UNDECIDED;
        }
        int activeCount = groups.length;
        for (int s = 0; s < activeCount; s++) {
            active[s] = s;
        }
        double x = cost;
        double xError = 0;
        long u = reducedTotal[p];
        while (true) {
            double threshold = x / u;
            double thresholdError = xError / u + 2 * EPS * threshold;
            double poorMoney = 0;
            double poorError = 0;
            long poorUtility = 0;
            int kept = 0;
            for (int i = 0; i < activeCount; i++) {
                int s = active[i];
                int g = groups[s];
                double share = threshold * utilities[s];
                double shareError = thresholdError * utilities[s] + 2 * EPS * share;
                double money = state[2 * g];
                double error = state[2 * g + 1];
                if (money + error < share - shareError) {
                    poorMoney += weight[g] * money;
                    poorError += weight[g] * error;
                    poorUtility = Math.addExact(poorUtility, Math.multiplyExact(utilities[s], weight[g]));
                } else if (money - error >= share + shareError) {
                    active[kept++] = s;
                } else {
                    return Affordability.UNDECIDED;
                }
            }
            if (kept == activeCount) {
                q[p] = threshold;
                qError[p] = thresholdError;
                noOnePoor[p] = u == reducedTotal[p];
                return Affordability.AFFORDABLE;
            }
            int poorCount = activeCount - kept;
            activeCount = kept;
            double rest = x - poorMoney;
            xError = xError + poorError + (poorCount + 2) * EPS * poorMoney + 2 * EPS * Math.abs(rest);
            x = rest;
            u -= poorUtility;
            if (u <= 0 || x - xError <= 0) {
                return Affordability.UNDECIDED;
            }
        }
    }

    /** Supporters of p pay min(money, q * utility): what is left is max(0, money - share), within the errors of both. */
    private void pay(int p, double payment, double paymentError, double[] state) {
        int[] groups = supporters[p];
        long[] utilities = utility[p];
        for (int s = 0; s < groups.length; s++) {
            int g = groups[s];
            double share = payment * utilities[s];
            double shareError = paymentError * utilities[s] + 2 * EPS * share;
            double money = state[2 * g];
            double error = state[2 * g + 1];
            if (money + error < share - shareError) {
                state[2 * g] = 0; // surely pays everything: exactly nothing left
                state[2 * g + 1] = 0;
            } else {
                double left = money - share;
                state[2 * g] = Math.max(0, left);
                state[2 * g + 1] = error + shareError + 2 * EPS * Math.abs(left);
            }
        }
    }
}
