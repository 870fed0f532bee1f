package org.communityjourneys.voting.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communityjourneys.voting.domain.tally.Completion;
import org.communityjourneys.voting.domain.tally.Election;
import org.communityjourneys.voting.domain.tally.Tally;
import org.communityjourneys.voting.domain.tally.TallySettings;
import org.communityjourneys.voting.domain.tally.Utility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a whole count takes on elections shaped like the slow real ones (docs/benchmarks.md,
 * "Counting: the slow shapes"): many Add1 rounds (costs and budget in pence, a small electorate),
 * and many voters (up to 100,000 voters and 200 projects, few rounds, the outcome changing in each).
 * Each measured call is one count from scratch, timed alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class Add1CountBenchmark {

    private static final TallySettings ADD1 = TallySettings.defaults().withUtility(Utility.COST).withCompletion(Completion.ADD1);

    private Election pence1600x40;
    private Election pence2000x60;
    private Election voters9000x50;
    private Election voters11000x81;
    private Election voters62000x80;
    private Election voters90000x160;
    private Election voters100000x200;

    @Setup
    public void generate() {
        pence1600x40 = GeneratedElection.inSmallerUnits(GeneratedElection.approval(1_600, 40, 1_640L), 100);
        pence2000x60 = GeneratedElection.inSmallerUnits(GeneratedElection.approval(2_000, 60, 2_060L), 100);
        voters9000x50 = GeneratedElection.approval(9_000, 50, 9_050L);
        voters11000x81 = GeneratedElection.approval(11_000, 81, 11_081L);
        voters62000x80 = GeneratedElection.approval(62_000, 80, 62_080L);
        voters90000x160 = GeneratedElection.approval(90_000, 160, 90_160L);
        voters100000x200 = GeneratedElection.approval(100_000, 200, 100_200L);
    }

    @Benchmark
    public List<String> add1Pence1600x40() {
        return Tally.count(pence1600x40, ADD1).selectedInOrder();
    }

    @Benchmark
    public List<String> add1Pence2000x60() {
        return Tally.count(pence2000x60, ADD1).selectedInOrder();
    }

    @Benchmark
    public List<String> add1x9000x50() {
        return Tally.count(voters9000x50, ADD1).selectedInOrder();
    }

    @Benchmark
    public List<String> add1x11000x81() {
        return Tally.count(voters11000x81, ADD1).selectedInOrder();
    }

    @Benchmark
    public List<String> add1x62000x80() {
        return Tally.count(voters62000x80, ADD1).selectedInOrder();
    }

    @Benchmark
    public List<String> add1x100000x200() {
        return Tally.count(voters100000x200, ADD1).selectedInOrder();
    }

    /** The plain Method of Equal Shares (no completion) on 90,000 voters and 160 projects. */
    @Benchmark
    public List<String> mesCost90000x160() {
        return Tally.count(voters90000x160, TallySettings.defaults().withUtility(Utility.COST).withCompletion(Completion.NONE))
                .selectedInOrder();
    }
}
