package org.assurances.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assurances.analysis.Timeline;
import org.assurances.analysis.Transition;
import org.assurances.facts.Fact;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The replay of 1,000 events on 1,000 days: one evaluation as of each day on which something can change. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimelineBenchmark {
    private final Timeline timeline = new Timeline(Quiet.evaluator());
    private final List<Fact> events = Histories.facts(1000);

    @Benchmark
    public List<Transition> replayThousandEvents() {
        return timeline.replay(events, null, Histories.last(1000));
    }
}
