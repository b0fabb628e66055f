package org.assurances.bench;

import java.util.concurrent.TimeUnit;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.oracle.Oracle;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each historical scenario evaluated by the rules and by the hand-written oracle, side by side. At set-up
 * it prints how many rules fire in one evaluation of the scenario; run with {@code -prof gc} for the bytes
 * allocated per evaluation (gc.alloc.rate.norm).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluationBenchmark {
    @Param({
        "1962-10-27-missiles-in-place",
        "1962-10-28-work-ceases",
        "1962-11-13-bombers-remain",
        "1962-11-20-quarantine-lifted",
        "1962-12-06-bombers-out",
        "1962-12-14-kennedy-letter",
        "1963-01-07-talks-end",
        "1970-08-04-implicit-understanding"
    })
    public String scenario;

    private final Evaluator rules = Quiet.evaluator();
    private final Oracle oracle = new Oracle();
    private FactSet facts;

    @Setup(Level.Trial)
    public void load() {
        Scenario s = new ScenarioLibrary().find(scenario).orElseThrow();
        facts = s.factSet(null);
        int[] firings = {0};
        rules.evaluate(facts, new org.kie.api.event.rule.DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                firings[0]++;
            }
        });
        System.out.println("firings per evaluation of " + scenario + ": " + firings[0]);
    }

    @Benchmark
    public Report rules() {
        return rules.evaluate(facts);
    }

    /** The report with sensitiveTo: one more evaluation (a snapshot) per reading, as ?sensitivity=true asks. */
    @Benchmark
    public Report rulesWithSensitivity() {
        return rules.withSensitivity(facts, rules.evaluate(facts));
    }

    @Benchmark
    public Oracle.Verdicts oracle() {
        return oracle.evaluate(facts);
    }
}
