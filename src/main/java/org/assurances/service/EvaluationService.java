package org.assurances.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.assurances.engine.Catalog;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.assurances.rules.AssuranceUnit;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.assurances.store.Decision;
import org.assurances.store.DecisionLog;
import org.assurances.store.FactSetStore;
import org.assurances.store.SavedFactSet;
import org.assurances.store.StoreUnavailableException;
import org.drools.ruleunits.api.RuleUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's one use of the rulebook: count, time, bound and log evaluations. Built at start-up; the rule base
 * is loaded on a thread of its own while Quarkus goes on starting (the OpenAPI document, the router, the socket),
 * and the first request that needs it waits for it.
 */
@Startup
@ApplicationScoped
public class EvaluationService {
    private static final Logger LOG = Logger.getLogger(EvaluationService.class);
    /** The rule base and the index of its metadata, loaded off the main thread (see the constructor). */
    private final java.util.concurrent.CompletableFuture<Evaluator> evaluator;
    /**
     * Completed once the first evaluation is answered, or two seconds after the start at most: what the first answer
     * does not need waits for it (registering the rulebook, which reads and checks every scenario; the JVM's meters),
     * so as not to take the two cores from it.
     */
    private final java.util.concurrent.CompletableFuture<Void> firstAnswer =
            new java.util.concurrent.CompletableFuture<>();
    /** Built on first asking (it evaluates the terms of each period): the first answer does not wait for it. */
    private final java.util.concurrent.atomic.AtomicReference<Catalog> catalog;

    private final Timer timer;
    private final int maxFacts;
    private final Records records;
    /** Read when the baseline is recorded, after the first answer: reading ~100 files is no part of start-up. */
    private final jakarta.inject.Provider<ScenarioLibrary> scenarios;

    private final boolean logDecisions;

    EvaluationService(
            jakarta.inject.Provider<RuleUnit<AssuranceUnit>> rules,
            // asked for on the rule base's thread: building the ObjectMapper is no work for the main thread
            jakarta.inject.Provider<com.fasterxml.jackson.databind.ObjectMapper> json,
            MeterRegistry registry,
            Records records,
            jakarta.inject.Provider<ScenarioLibrary> scenarios,
            @ConfigProperty(name = "assurances.max-facts") int maxFacts,
            @ConfigProperty(name = "assurances.decisions.enabled") boolean logDecisions) {
        this.logDecisions = logDecisions;
        this.records = records;
        this.scenarios = scenarios;
        this.evaluator = new java.util.concurrent.CompletableFuture<>();
        Thread loading = new Thread(
                () -> {
                    try {
                        Evaluator loaded = new Evaluator(rules.get());
                        evaluator.complete(loaded);
                        warmUp(loaded, json.get());
                    } catch (Throwable e) {
                        evaluator.completeExceptionally(e);
                    }
                },
                "rule-base");
        loading.setDaemon(true);
        loading.start();
        this.catalog = new java.util.concurrent.atomic.AtomicReference<>();
        this.timer = Timer.builder("assurances.evaluations")
                .description("Fact sets evaluated by the rules")
                // Histogram buckets, not percentiles computed in the pod: buckets add up across replicas
                // (histogram_quantile(0.99, sum by (le) (rate(assurances_evaluations_seconds_bucket[5m])))).
                .publishPercentileHistogram()
                .minimumExpectedValue(java.time.Duration.ofMillis(1))
                .maximumExpectedValue(java.time.Duration.ofSeconds(10))
                .register(registry);
        this.maxFacts = maxFacts;
    }

    /** Evaluates without logging (a step of a timeline, a comparison). */
    public Report evaluate(FactSet factSet) {
        check(factSet);
        return timer.record(() -> evaluator().evaluate(factSet));
    }

    /** Evaluates a posted fact set and logs the decision: the report carries its id. */
    public Report decide(FactSet factSet) {
        return decide(factSet, Decision.Origin.POSTED, null, null, null);
    }

    /**
     * Evaluates and logs: {@code factSetId}/{@code revision} for a saved set, {@code scenarioId} for a scenario.
     * Waits for the log's commit: call it on a worker thread ({@link #decideLater} on the event loop).
     */
    public Report decide(
            FactSet factSet, Decision.Origin origin, String factSetId, Integer revision, String scenarioId) {
        return decideLater(factSet, origin, factSetId, revision, scenarioId).join();
    }

    /** The same, with the readings that would change each status when {@code sensitivity} is asked for. */
    public Report decide(
            FactSet factSet,
            Decision.Origin origin,
            String factSetId,
            Integer revision,
            String scenarioId,
            boolean sensitivity) {
        return decideLater(factSet, origin, factSetId, revision, scenarioId, sensitivity)
                .join();
    }

    /**
     * Evaluates on this thread, and answers the report once its decision is written (it carries the id) or the
     * log could not take it (it says so, without an id). The future completes on the log's writer thread.
     */
    public java.util.concurrent.CompletableFuture<Report> decideLater(
            FactSet factSet, Decision.Origin origin, String factSetId, Integer revision, String scenarioId) {
        return decideLater(factSet, origin, factSetId, revision, scenarioId, false);
    }

    /** The same; with {@code sensitivity}, the report says which readings would change each status (logged so). */
    public java.util.concurrent.CompletableFuture<Report> decideLater(
            FactSet factSet,
            Decision.Origin origin,
            String factSetId,
            Integer revision,
            String scenarioId,
            boolean sensitivity) {
        Report evaluated = evaluate(factSet);
        Report report = sensitivity ? evaluator().withSensitivity(factSet, evaluated) : evaluated;
        if (!logDecisions) {
            firstAnswer.complete(null);
            return java.util.concurrent.CompletableFuture.completedFuture(report);
        }
        org.assurances.store.DecisionLog log;
        try {
            log = records.decisions();
        } catch (RuntimeException e) {
            // The records could not even be opened (the database was never reachable since the start).
            StoreUnavailableException down = StoreUnavailableException.in(e);
            return java.util.concurrent.CompletableFuture.completedFuture(
                    report.notLogged("the decision log cannot write (" + down.getMessage() + ")"));
        }
        return log.record(origin, factSet, factSetId, revision, scenarioId, report)
                .thenApply(logged ->
                        logged.logged() ? report.withDecisionId(logged.id()) : report.notLogged(logged.reason()))
                .whenComplete((answered, failed) -> firstAnswer.complete(null));
    }

    /**
     * At start-up, off the start-up path: opens the records (the first answer writes to the decision log), then,
     * once the first evaluation is answered (two seconds at most), registers the running rulebook and records a
     * baseline decision for every saved fact set and scenario that has none under it, so that a later rule change
     * can be compared with this one ({@code GET /regressions}). Tries again while the database is unavailable.
     */
    void start(@Observes StartupEvent start) {
        firstAnswer.completeOnTimeout(null, 2, java.util.concurrent.TimeUnit.SECONDS);
        Thread thread = new Thread(
                () -> {
                    try {
                        records.decisions();
                    } catch (RuntimeException e) {
                        // not reachable yet: the registration below says why, and tries again
                    }
                    firstAnswer.join();
                    long backoff = 500;
                    while (true) {
                        try {
                            records.rulebooks().register(evaluator().rulebook(), Records.files());
                            baseline();
                            return;
                        } catch (StoreUnavailableException e) {
                            LOG.warnf(
                                    "rulebook %s not yet registered: %s",
                                    evaluator().rulebook(), e.getMessage());
                            try {
                                Thread.sleep(backoff);
                            } catch (InterruptedException interrupted) {
                                return;
                            }
                            backoff = Math.min(10_000, backoff * 2);
                        }
                    }
                },
                "rulebook-registry");
        thread.setDaemon(true);
        thread.start();
    }

    private void baseline() {
        DecisionLog log = records.decisions();
        FactSetStore store = records.factSets();
        int recorded = 0;
        for (SavedFactSet saved : store.all()) {
            if (!log.recorded(evaluator().rulebook(), store.hash(saved.factSet()))) {
                log.record(
                        Decision.Origin.BASELINE,
                        saved.factSet(),
                        saved.id(),
                        saved.revision(),
                        null,
                        evaluator().evaluate(saved.factSet()));
                recorded++;
            }
        }
        for (Scenario scenario : scenarios.get().all()) {
            FactSet facts = scenario.factSet(null);
            if (!log.recorded(evaluator().rulebook(), store.hash(facts))) {
                log.record(
                        Decision.Origin.BASELINE,
                        facts,
                        null,
                        null,
                        scenario.id(),
                        evaluator().evaluate(facts));
                recorded++;
            }
        }
        LOG.infof(
                "rulebook %s registered; %d baseline decisions recorded",
                evaluator().rulebook(), recorded);
    }

    /**
     * One evaluation of an empty fact set on the memo's day, answered as JSON, nothing logged: the classes of an
     * evaluation and its answer are loaded and initialized before the first request needs them, beside the rest of
     * the start-up, not after it.
     */
    private static void warmUp(Evaluator loaded, com.fasterxml.jackson.databind.ObjectMapper json) {
        try {
            json.writeValueAsBytes(org.assurances.report.CompactReport.of(
                    loaded.evaluate(new FactSet(java.time.LocalDate.of(1962, 11, 13), java.util.List.of()))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.debugf("warm-up answer not written: %s", e.getMessage());
        }
    }

    /** Completes once the first evaluation is answered, or two seconds after the start. */
    public java.util.concurrent.CompletionStage<Void> firstAnswer() {
        return firstAnswer.minimalCompletionStage();
    }

    /** Refuses a fact set larger than the documented limit. */
    public void check(FactSet factSet) {
        if (factSet.facts().size() > maxFacts) {
            throw new TooManyFactsException(maxFacts, factSet.facts().size());
        }
        evaluator().check(factSet.readings());
    }

    /** Where the loading of the rule base stands. */
    public enum Loading {
        LOADING,
        LOADED,
        FAILED
    }

    public Loading loading() {
        return !evaluator.isDone()
                ? Loading.LOADING
                : evaluator.isCompletedExceptionally() ? Loading.FAILED : Loading.LOADED;
    }

    /** Why the rule base could not be loaded (null while it loads or once loaded). */
    public String loadingFailure() {
        if (!evaluator.isCompletedExceptionally()) {
            return null;
        }
        try {
            evaluator.join();
            return null;
        } catch (java.util.concurrent.CompletionException e) {
            return String.valueOf(e.getCause().getMessage());
        }
    }

    public Evaluator evaluator() {
        try {
            return evaluator.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    public Catalog catalog() {
        return catalog.updateAndGet(c -> c != null ? c : new Catalog(evaluator()));
    }

    /** More facts than the documented limit. */
    public static class TooManyFactsException extends InvalidFactSetException {
        public TooManyFactsException(int limit, int posted) {
            super(List.of(new Problem(
                    "/facts",
                    posted + " facts posted, more than the limit of " + limit,
                    "at most " + limit + " facts (assurances.max-facts)")));
        }

        public TooManyFactsException(List<Problem> problems) {
            super(problems);
        }

        /** The same, pointing into one fact set of many ({@code prefix} "/3"). */
        public TooManyFactsException(InvalidFactSetException e, String prefix) {
            super(e.problems().stream()
                    .map(p -> new Problem(prefix + p.pointer(), p.detail(), p.expected()))
                    .toList());
        }
    }
}
