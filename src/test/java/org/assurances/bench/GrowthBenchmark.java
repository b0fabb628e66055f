package org.assurances.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Evaluation cost as the fact set grows: it should grow linearly, not quadratically. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GrowthBenchmark {
    @Param({"10", "100", "1000", "10000"})
    public int facts;

    private final Evaluator rules = Quiet.evaluator();
    private FactSet set;

    @Setup(Level.Trial)
    public void build() {
        set = new FactSet(LocalDate.of(2000, 1, 1), Histories.facts(facts));
    }

    @Benchmark
    public Report evaluate() {
        return rules.evaluate(set);
    }
}
