package org.assurances.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import org.assurances.analysis.Counterfactuals;
import org.assurances.facts.FactSet;
import org.assurances.facts.StrictJson;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
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
 * What would it take, on historical states, searched to depth 3 (the default) and 4, with a budget far
 * over what the search needs, so the figure is the whole search. The target: depth 3 in at most 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CounterfactualBenchmark {
    @Param({
        "1962-11-13-bombers-remain:NON_INVASION",
        "1962-11-13-bombers-remain:QUARANTINE_LIFT",
        "1970-08-04-implicit-understanding:NON_INVASION"
    })
    public String question;

    @Param({"3", "4"})
    public int depth;

    private final Counterfactuals search =
            new Counterfactuals(Quiet.evaluator(), StrictJson.configure(new ObjectMapper()));
    private Counterfactuals.Query query;

    @Setup(Level.Trial)
    public void load() {
        String[] parts = question.split(":");
        FactSet facts = new ScenarioLibrary().find(parts[0]).orElseThrow().factSet(null);
        query = new Counterfactuals.Query(
                facts, Determination.valueOf(parts[1]), Status.BINDING, depth, 60_000, 5, false);
        Counterfactuals.Result r = search.search(query);
        System.out.println(question + " depth " + depth + ": " + r.answers().size() + " answers, " + r.searched());
    }

    @Benchmark
    public Counterfactuals.Result search() {
        return search.search(query);
    }
}
