package org.communityjourneys.voting.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.communityjourneys.voting.domain.tally.Ballot;
import org.communityjourneys.voting.domain.tally.Candidate;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Fraction;
import org.communityjourneys.voting.domain.tally.Outcome;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.TieBreak;
import org.communityjourneys.voting.domain.tally.Utility;
import org.junit.jupiter.api.Test;

/**
 * The fast engine (grouped ballots, common denominator, lazy rho) against the textbook Method of
 * Equal Shares written out plainly with fractions per voter, on random elections.
 */
class PlainEqualSharesTest {

    @Test
    void fastEngineAgreesWithTheTextbookMethod() {
        Random random = new Random(31337L);
        for (int e = 0; e < 300; e++) {
            Election election = TallyPropertiesTest.randomElection(random);
            if (random.nextInt(4) == 0) {
                // many identical ballots, to exercise grouping
                List<Ballot> ballots = new ArrayList<>(election.ballots());
                ballots.addAll(election.ballots());
                ballots.add(Ballot.approving());
                election = new Election(election.budget(), election.candidates(), ballots);
            }
            for (Utility utility : Utility.values()) {
                for (TieBreak tieBreak : TieBreak.values()) {
                    TallySettings settings = TallySettings.defaults().withUtility(utility).withTieBreak(tieBreak)
                            .withCompletion(Completion.NONE);
                    Tally tally = new Tally(election, settings);
                    assertEquals(textbook(election, tally.candidates(), utility, tieBreak), tally.count(),
                            "election " + e + " " + settings);
                }
            }
        }
    }

    private static Outcome textbook(Election election, List<Candidate> candidates, Utility utility, TieBreak tieBreak) {
        int n = election.ballots().size();
        Fraction[] money = new Fraction[n];
        Fraction share = election.budget().divide(Fraction.of(n));
        java.util.Arrays.fill(money, share);
        List<Candidate> remaining = new ArrayList<>(candidates);
        List<String> chosen = new ArrayList<>();
        long total = 0;
        while (true) {
            Candidate best = null;
            Fraction bestRho = null;
            for (Candidate candidate : new ArrayList<>(remaining)) {
                Fraction rho = rho(candidate, election.ballots(), money, utility);
                if (rho == null) {
                    remaining.remove(candidate);
                    continue;
                }
                int order = best == null ? -1 : rho.compareTo(bestRho);
                if (order < 0 || order == 0 && tieBreak.preference().compare(candidate, best) < 0) {
                    best = candidate;
                    bestRho = rho;
                }
            }
            if (best == null) {
                return new Outcome(chosen, total);
            }
            for (int v = 0; v < n; v++) {
                long u = utilityOf(election.ballots().get(v), best, utility);
                if (u > 0) {
                    Fraction pay = bestRho.multiply(Fraction.of(u));
                    money[v] = pay.compareTo(money[v]) >= 0 ? Fraction.ZERO : money[v].subtract(pay);
                }
            }
            remaining.remove(best);
            chosen.add(best.id());
            total += best.cost();
        }
    }

    /** Smallest rho with sum of min(money, rho * u) over supporters = cost; null when they cannot afford it. */
    private static Fraction rho(Candidate candidate, List<Ballot> ballots, Fraction[] money, Utility utility) {
        record Supporter(Fraction money, long utility) {
        }
        List<Supporter> supporters = new ArrayList<>();
        Fraction available = Fraction.ZERO;
        long totalUtility = 0;
        for (int v = 0; v < ballots.size(); v++) {
            long u = utilityOf(ballots.get(v), candidate, utility);
            if (u > 0) {
                supporters.add(new Supporter(money[v], u));
                available = available.add(money[v]);
                totalUtility += u;
            }
        }
        if (supporters.isEmpty() || available.compareTo(Fraction.of(candidate.cost())) < 0) {
            return null;
        }
        supporters.sort(Comparator.comparing(s -> s.money().divide(Fraction.of(s.utility()))));
        Fraction paid = Fraction.ZERO;
        for (Supporter supporter : supporters) {
            Fraction rho = Fraction.of(candidate.cost()).subtract(paid).divide(Fraction.of(totalUtility));
            if (rho.multiply(Fraction.of(supporter.utility())).compareTo(supporter.money()) <= 0) {
                return rho;
            }
            paid = paid.add(supporter.money());
            totalUtility -= supporter.utility();
        }
        throw new IllegalStateException("affordable but no rho found");
    }

    private static long utilityOf(Ballot ballot, Candidate candidate, Utility utility) {
        int at = ballot.projects().indexOf(candidate.id());
        if (at < 0) {
            return 0;
        }
        return switch (utility) {
            case APPROVAL -> 1;
            case COST -> candidate.cost();
            case POINTS -> ballot.pointsAt(at);
        };
    }
}
