package org.assurances.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.drools.core.common.ReteEvaluator;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.drools.ruleunits.api.conf.RuleConfig;
import org.drools.ruleunits.impl.AbstractRuleUnitInstance;
import org.kie.api.event.rule.AgendaEventListener;

/**
 * The one entry point to the rulebook: a fact set in, a report out. Used by the service, timelines and
 * benchmarks alike. Stateless and thread-safe: each call runs a fresh rule unit instance; a timeline
 * keeps one instance alive instead ({@link Session}).
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

    /** Evaluates, telling {@code firings} (if given) of every rule that fires: rule coverage, benchmarks. */
    public Report evaluate(FactSet factSet, AgendaEventListener firings) {
        AssuranceUnit unit = new AssuranceUnit();
        Conclusions conclusions = new Conclusions();
        Map<Fact, Integer> positions = new IdentityHashMap<>();
        List<Report.IgnoredFact> ignored = new ArrayList<>();
        unit.getAsOf().add(new AsOf(factSet.asOf()));
        List<Fact> facts = factSet.facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact.date() != null && fact.date().isAfter(factSet.asOf())) {
                ignored.add(Report.IgnoredFact.notYet(i, fact.date(), factSet.asOf()));
                continue;
            }
            positions.put(fact, i);
            Session.insert(unit, fact);
        }
        try (RuleUnitInstance<AssuranceUnit> instance = rules.createInstance(unit, config(conclusions, firings))) {
            instance.fire();
        }
        return new ReportBuilder(index, conclusions, positions).build(rulebook, factSet.asOf(), ignored);
    }

    /** A long-lived session over {@code facts}, to be moved forward day by day (a timeline). */
    public Session session(List<Fact> facts) {
        return new Session(rules, index, rulebook, facts);
    }

    static RuleConfig config(Conclusions conclusions, AgendaEventListener firings) {
        RuleConfig config = RuleUnitProvider.get().newRuleConfig();
        config.getRuleRuntimeListeners().add(conclusions);
        if (firings != null) {
            config.getAgendaEventListeners().add(firings);
        }
        return config;
    }
}
