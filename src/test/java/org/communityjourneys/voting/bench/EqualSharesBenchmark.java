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
 * How long a count takes (see docs/benchmarks.md for how to run it and the numbers measured).
 * Each call counts from scratch: grouping ballots, supporters per project, and the MES runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EqualSharesBenchmark {

    private Election large;
    private Election cityDistrict;

    @Setup
    public void generate() {
        large = GeneratedElection.approval(60_000, 80, 60_080L);
        cityDistrict = GeneratedElection.approval(2_500, 30, 2_530L);
    }

    /** MES with cost utilities, no completion: 60,000 voters, 80 projects. */
    @Benchmark
    public List<String> mesCost60000x80() {
        return Tally.count(large, TallySettings.defaults().withUtility(Utility.COST).withCompletion(Completion.NONE))
                .selectedInOrder();
    }

    /** MES with cost utilities and Add1 (the default): 2,500 voters, 30 projects. */
    @Benchmark
    public List<String> mesCostAdd1x2500x30() {
        return Tally.count(cityDistrict, TallySettings.defaults().withUtility(Utility.COST).withCompletion(Completion.ADD1))
                .selectedInOrder();
    }

    /** MES with approval utilities and Add1: 2,500 voters, 30 projects. */
    @Benchmark
    public List<String> mesApprovalAdd1x2500x30() {
        return Tally.count(cityDistrict, TallySettings.defaults().withUtility(Utility.APPROVAL).withCompletion(Completion.ADD1))
                .selectedInOrder();
    }
}
