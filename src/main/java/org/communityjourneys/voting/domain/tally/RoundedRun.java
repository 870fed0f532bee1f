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
        double start = toDouble(perVoterBudget);
        if (!Double.isFinite(start)) {
            return Optional.empty();
        }
        int projectCount = candidates.size();
        double[] state = startState(start);

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
     * True when it is certain that every per-voter budget from {@code low} to {@code high} gives the
     * run whose purchases are {@code bought} (project indexes, in order): the run at {@code low}.
     *
     * <p>While the purchases so far are the same, every voter's money left is the same or more with
     * a larger budget (a payer keeps max(0, money - rho * utility), money up and rho down), and a
     * project's rho is the same or lower when its supporters have more. So the project bought at
     * {@code low} is bought at every budget up to {@code high} when its rho at {@code low} is below
     * every other project's rho at {@code high} (computed as if {@code high} bought the same so far);
     * a project unaffordable at {@code high} is so below it too; and the run ends after the same
     * purchases when nothing is affordable at {@code high} either. Every comparison is taken with the
     * rounding bounds as in {@link #outcome}; false whenever one is too close to call.
     */
    boolean sameRunBetween(Fraction low, Fraction high, List<Integer> bought) {
        double lowStart = toDouble(low);
        double highStart = toDouble(high);
        if (!usable || !Double.isFinite(lowStart) || !Double.isFinite(highStart) || highStart < lowStart) {
            return false;
        }
        int projectCount = candidates.size();
        double[] lowState = startState(lowStart);
        double[] highState = startState(highStart);
        double[] q = new double[projectCount];
        double[] qError = new double[projectCount];
        boolean[] noOnePoor = new boolean[projectCount];
        // a lower bound of each project's rho in the run at high: it only grows as money is spent
        double[] highBound = new double[projectCount];
        List<Integer> remaining = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            if (reducedTotal[p] > 0) {
                remaining.add(p);
                highBound[p] = (1 - 4 * EPS) * candidates.get(p).cost() / (scale[p] * reducedTotal[p]);
            }
        }
        int[] active = new int[weight.length];
        for (int winner : bought) {
            if (affordability(winner, lowState, active, q, qError, noOnePoor) != Affordability.AFFORDABLE) {
                return false;
            }
            double lowQ = q[winner];
            double lowQError = qError[winner];
            double winnerRho = lowQ / scale[winner];
            double winnerUpper = winnerRho + lowQError / scale[winner] + 2 * EPS * winnerRho;
            boolean winnerAtFloor = noOnePoor[winner];
            List<Integer> unaffordable = new ArrayList<>();
            for (int p : remaining) {
                if (p == winner || highBound[p] > winnerUpper) {
                    continue;
                }
                Affordability answer = affordability(p, highState, active, q, qError, noOnePoor);
                if (answer == Affordability.UNDECIDED) {
                    return false;
                }
                if (answer == Affordability.UNAFFORDABLE) {
                    unaffordable.add(p);
                    continue;
                }
                double rho = q[p] / scale[p];
                highBound[p] = rho - qError[p] / scale[p] - 2 * EPS * rho;
                if (highBound[p] <= winnerUpper && !(winnerAtFloor && tiedAtFloorAndWinnerFirst(p, winner))) {
                    return false;
                }
            }
            remaining.removeAll(unaffordable);
            if (affordability(winner, highState, active, q, qError, noOnePoor) != Affordability.AFFORDABLE) {
                return false;
            }
            pay(winner, q[winner], qError[winner], highState);
            pay(winner, lowQ, lowQError, lowState);
            remaining.remove(Integer.valueOf(winner));
        }
        for (int p : remaining) {
            if (affordability(p, highState, active, q, qError, noOnePoor) != Affordability.UNAFFORDABLE) {
                return false;
            }
        }
        return true;
    }

    /**
     * With no supporter short of the equal share, a project's rho is its floor, cost / (total utility *
     * scale), and more money cannot lower it: the winner at its floor at {@code low} keeps that rho
     * up to {@code high}, and p's is never below its floor. So an exact tie of the two floors is
     * always settled by the tie-break, and it must prefer the winner.
     */
    private boolean tiedAtFloorAndWinnerFirst(int p, int winner) {
        int order = BigInteger.valueOf(candidates.get(p).cost())
                .multiply(BigInteger.valueOf(reducedTotal[winner]).multiply(utilityScale[winner]))
                .compareTo(BigInteger.valueOf(candidates.get(winner).cost())
                        .multiply(BigInteger.valueOf(reducedTotal[p]).multiply(utilityScale[p])));
        return order > 0 || order == 0 && tieBreak.preference().compare(candidates.get(winner), candidates.get(p)) < 0;
    }

    private static double toDouble(Fraction amount) {
        return new BigDecimal(amount.numerator()).divide(new BigDecimal(amount.denominator()), MathContext.DECIMAL128)
                .doubleValue();
    }

    /** Each group's money and the bound on its error, side by side (one cache line for both). */
    private double[] startState(double start) {
        double[] state = new double[2 * weight.length];
        for (int g = 0; g < weight.length; g++) {
            state[2 * g] = start;
            state[2 * g + 1] = 2 * EPS * start;
        }
        return state;
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
