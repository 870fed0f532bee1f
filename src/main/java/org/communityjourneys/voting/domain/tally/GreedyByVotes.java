package org.communityjourneys.voting.domain.tally;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Greedy by votes", as most cities count: take projects in order of votes, most first, and fund
 * each one that still fits in what is left of the budget (skip, don't stop). The per-cost variant
 * orders by votes divided by cost instead. Ties are broken by the given {@link TieBreak}
 * (by default project id compared as a string, pabutools' default). Whole numbers and exact
 * fractions only.
 */
public final class GreedyByVotes {

    private GreedyByVotes() {
    }

    public static List<Candidate> select(List<Candidate> candidates, long budget) {
        return select(candidates, Fraction.of(budget), false, TieBreak.LEXICOGRAPHIC);
    }

    public static List<Candidate> select(List<Candidate> candidates, Fraction budget, boolean perCost, TieBreak tieBreak) {
        List<Candidate> selected = new ArrayList<>();
        fill(candidates, budget, perCost, tieBreak, selected);
        return selected;
    }

    /**
     * Adds to {@code selected} every candidate not yet in it that still fits, best first.
     * {@code budget} is the whole budget; what {@code selected} already costs is taken off first.
     */
    public static void fill(List<Candidate> candidates, Fraction budget, boolean perCost, TieBreak tieBreak,
            List<Candidate> selected) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.removeAll(selected);
        order.sort(ordering(perCost).thenComparing(tieBreak.preference()));
        long spent = selected.stream().mapToLong(Candidate::cost).sum();
        Fraction left = budget.subtract(Fraction.of(spent));
        for (Candidate candidate : order) {
            Fraction cost = Fraction.of(candidate.cost());
            if (cost.compareTo(left) <= 0) {
                selected.add(candidate);
                left = left.subtract(cost);
            }
        }
    }

    private static Comparator<Candidate> ordering(boolean perCost) {
        if (!perCost) {
            return Comparator.comparingLong(Candidate::votes).reversed();
        }
        // votes / cost, highest first; a free project with votes comes before everything, no votes last
        return (a, b) -> compareDensity(b, a);
    }

    private static int compareDensity(Candidate a, Candidate b) {
        boolean aInfinite = a.cost() == 0 && a.votes() > 0;
        boolean bInfinite = b.cost() == 0 && b.votes() > 0;
        if (aInfinite || bInfinite) {
            return Boolean.compare(aInfinite, bInfinite);
        }
        BigInteger left = a.cost() == 0 ? BigInteger.ZERO : BigInteger.valueOf(a.votes()).multiply(BigInteger.valueOf(b.cost() == 0 ? 1 : b.cost()));
        BigInteger right = b.cost() == 0 ? BigInteger.ZERO : BigInteger.valueOf(b.votes()).multiply(BigInteger.valueOf(a.cost() == 0 ? 1 : a.cost()));
        return left.compareTo(right);
    }
}
