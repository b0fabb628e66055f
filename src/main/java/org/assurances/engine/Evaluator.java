package org.assurances.engine;

import java.util.ArrayList;
import java.util.List;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.rules.AssuranceUnit;
import org.drools.core.common.ReteEvaluator;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.drools.ruleunits.api.conf.RuleConfig;
import org.drools.ruleunits.impl.AbstractRuleUnitInstance;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * The one entry point to the rulebook: a fact set in, a report out. Used by the service, timelines and
 * benchmarks alike. Stateless and thread-safe: each call runs a fresh session over the fact set's history
 * ({@link Session}); a timeline keeps one session alive and looks at every day of it.
 */
public final class Evaluator {
    private final RuleUnit<AssuranceUnit> rules;
    private final RuleIndex index;
    private final String rulebook;

    /** Outside Quarkus (tests, benchmarks, tools): Drools compiles the DRL files found beside the unit class. */
    public Evaluator() {
        this(RuleUnitProvider.get().getRuleUnit(new AssuranceUnit()));
    }

    /** In Quarkus: the rule unit the Drools extension compiled at build time. */
    public Evaluator(RuleUnit<AssuranceUnit> rules) {
        this(rules, Rulebook.VERSION);
    }

    /** A rule unit compiled from other DRL texts than the classpath's (a rulebook registry, a test's copy). */
    public Evaluator(RuleUnit<AssuranceUnit> rules, String rulebook) {
        this.rulebook = rulebook;
        if (rules == null) {
            throw new IllegalStateException("no compiled rule unit for " + AssuranceUnit.class.getName()
                    + ": are the DRL files on the classpath?");
        }
        this.rules = rules;
        try (RuleUnitInstance<AssuranceUnit> probe = rules.createInstance(new AssuranceUnit())) {
            ReteEvaluator engine = (ReteEvaluator) ((AbstractRuleUnitInstance<?, ?>) probe).getEvaluator();
            List<org.kie.api.definition.rule.Rule> all = new ArrayList<>();
            for (var p : engine.getKnowledgeBase().getPackages()) {
                all.addAll(p.getRules());
            }
            this.index = new RuleIndex(all);
            Layers.order(all); // before any session of this rule base is opened: see Layers
        }
    }

    /** The id of the rulebook this evaluator runs: {@link Rulebook#VERSION} unless built from other texts. */
    public String rulebook() {
        return rulebook;
    }

    public RuleIndex index() {
        return index;
    }

    public Report evaluate(FactSet factSet) {
        return evaluate(factSet, null);
    }

    /**
     * Evaluates, telling {@code firings} (if given) of every rule that fires: rule coverage, benchmarks. The status
     * as of a date is the last day of the fact set's history up to it (spec 7.1): a session moved to that date.
     */
    public Report evaluate(FactSet factSet, AgendaEventListener firings) {
        check(factSet.readings());
        try (Session session =
                new Session(rules, index, rulebook, factSet.facts(), factSet.readings(), firings, true)) {
            session.advance(factSet.asOf());
            return session.report();
        }
    }

    /**
     * The statuses and conditions as of the date without the history that leads to it: one step to the date, so
     * the report has no {@code bindingSince} and no violations. The status on a day is what the facts dated up to it
     * give (spec 7.1), so every status, value, reason and rule is the one {@link #evaluate} gives: what a search
     * over many candidate fact sets compares.
     */
    public Report snapshot(FactSet factSet) {
        check(factSet.readings());
        try (Session session = new Session(rules, index, rulebook, factSet.facts(), factSet.readings(), null, false)) {
            session.advance(factSet.asOf());
            return session.report();
        }
    }

    /**
     * The same report with each determination's {@code sensitiveTo}: for every reading, the status the
     * determination would have if that reading alone were switched to its other alternative, where that differs.
     * One more evaluation per reading (a snapshot: the status on a day is what the facts up to it give, spec 7.1),
     * so it is computed only on request.
     */
    public Report withSensitivity(FactSet factSet, Report report) {
        java.util.Map<org.assurances.rules.Determination, List<Report.Sensitivity>> found =
                new java.util.EnumMap<>(org.assurances.rules.Determination.class);
        for (RuleIndex.ReadingText reading : index.readings()) {
            String inForce = factSet.readings()
                    .getOrDefault(reading.id(), reading.byDefault().id());
            for (RuleIndex.Alternative alternative : reading.alternatives()) {
                if (alternative.id().equals(inForce)) {
                    continue;
                }
                Report switched = snapshot(factSet.reading(reading.id(), alternative.id()));
                for (Report.DeterminationReport d : report.determinations()) {
                    var status = switched.determination(d.id()).status();
                    if (status != d.status()) {
                        found.computeIfAbsent(d.id(), k -> new ArrayList<>())
                                .add(new Report.Sensitivity(reading.id(), alternative.id(), status));
                    }
                }
            }
        }
        return report.withSensitivity(found);
    }

    /** A long-lived session over {@code facts}, to be moved forward day by day (a timeline). */
    public Session session(List<Fact> facts) {
        return session(facts, java.util.Map.of());
    }

    /** The same, reading the facts by the alternatives chosen in {@code readings}. */
    public Session session(List<Fact> facts, java.util.Map<String, String> readings) {
        check(readings);
        return new Session(rules, index, rulebook, facts, readings, null, true);
    }

    /**
     * Every reading chosen must be one the rules declare, and the alternative one of its own: a 422 naming it (at
     * {@code /readings/<id>}) otherwise, never a choice silently ignored.
     */
    public void check(java.util.Map<String, String> readings) {
        if (readings.isEmpty()) {
            return; // the common case, on every evaluation: nothing to check, nothing to allocate
        }
        List<org.assurances.facts.Problem> problems = new ArrayList<>();
        List<String> ids =
                index.readings().stream().map(RuleIndex.ReadingText::id).toList();
        readings.forEach((id, alternative) -> {
            String at = FactSet.readingPointer(id);
            var declared = index.reading(id);
            if (declared.isEmpty()) {
                problems.add(new org.assurances.facts.Problem(
                        at,
                        "unknown reading '" + id + "'" + org.assurances.facts.Words.didYouMean(id, ids),
                        "one of " + String.join(", ", ids) + " (GET /readings)"));
            } else if (declared.get().alternative(alternative).isEmpty()) {
                List<String> alternatives = declared.get().alternatives().stream()
                        .map(RuleIndex.Alternative::id)
                        .toList();
                problems.add(new org.assurances.facts.Problem(
                        at,
                        "reading '" + id + "' has no alternative '" + alternative + "'"
                                + org.assurances.facts.Words.didYouMean(alternative, alternatives),
                        "one of " + String.join(", ", alternatives)));
            }
        });
        if (!problems.isEmpty()) {
            throw new org.assurances.facts.InvalidFactSetException(problems);
        }
    }

    static RuleConfig config(Conclusions conclusions, FreshMatches fresh, AgendaEventListener firings) {
        RuleConfig config = RuleUnitProvider.get().newRuleConfig();
        config.getRuleRuntimeListeners().add(conclusions);
        config.getAgendaEventListeners().add(fresh);
        config.getRuleEventListeners().add(fresh);
        if (firings != null) {
            config.getAgendaEventListeners().add(firings);
        }
        return config;
    }
}
