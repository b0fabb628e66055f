package org.assurances.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.assurances.engine.AssuranceUnit;
import org.assurances.engine.Catalog;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.drools.ruleunits.api.RuleUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's one use of the rulebook: count, time and bound evaluations. */
/** Built at start-up, so the rules are compiled and the catalog read before the first request and readiness. */
@Startup
@ApplicationScoped
public class EvaluationService {
    private final Evaluator evaluator;
    private final Catalog catalog;
    private final Timer timer;
    private final int maxFacts;

    EvaluationService(RuleUnit<AssuranceUnit> rules, MeterRegistry registry,
                      @ConfigProperty(name = "assurances.max-facts") int maxFacts) {
        this.evaluator = new Evaluator(rules);
        this.catalog = new Catalog(evaluator);
        this.timer = Timer.builder("assurances.evaluations").description("Fact sets evaluated by the rules")
                .publishPercentiles(0.5, 0.99).register(registry);
        this.maxFacts = maxFacts;
    }

    public Report evaluate(FactSet factSet) {
        check(factSet);
        return timer.record(() -> evaluator.evaluate(factSet));
    }

    /** Refuses a fact set larger than the documented limit. */
    public void check(FactSet factSet) {
        if (factSet.facts().size() > maxFacts) {
            throw new TooManyFactsException(maxFacts, factSet.facts().size());
        }
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** More facts than the documented limit. */
    public static class TooManyFactsException extends InvalidFactSetException {
        TooManyFactsException(int limit, int posted) {
            super(List.of(new Problem("/facts", posted + " facts posted, more than the limit of " + limit,
                    "at most " + limit + " facts (assurances.max-facts)")));
        }
    }
}
