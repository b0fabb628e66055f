package org.assurances.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.engine.Session;
import org.assurances.facts.FactSet;
import org.assurances.scenarios.ScenarioLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * An evaluation taken apart, to see where its time goes: a session with no facts opened and closed (the rule unit
 * instance), the history walk, a snapshot, and the report drawn from a finished session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PartsBenchmark {
    @Param({"1962-11-13-bombers-remain", "1970-08-04-implicit-understanding"})
    public String scenario;

    private final Evaluator rules = Quiet.evaluator();
    private FactSet facts;
    private Session finished;

    @Setup
    public void load() {
        facts = new ScenarioLibrary().find(scenario).orElseThrow().factSet(null);
        finished = rules.session(facts.facts());
        finished.advance(facts.asOf());
    }

    @TearDown
    public void close() {
        finished.close();
    }

    @Benchmark
    public Session emptySession() {
        try (Session s = rules.session(List.of(), Map.of())) {
            return s;
        }
    }

    @Benchmark
    public Report evaluate() {
        return rules.evaluate(facts);
    }

    @Benchmark
    public Report snapshot() {
        return rules.snapshot(facts);
    }

    @Benchmark
    public Report report() {
        return finished.report();
    }
}
