package org.assurances.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.assurances.facts.Declaration;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.facts.Incident;
import org.assurances.facts.Safeguard;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UsAction;
import org.assurances.facts.Verification;
import org.assurances.facts.WeaponSystem;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;

/**
 * The one entry point to the rulebook: a fact set in, a report out. Used by the service, timelines and
 * benchmarks alike. Stateless and thread-safe: each call runs a fresh rule unit instance.
 */
public final class Evaluator {
    private final RuleUnit<AssuranceUnit> rules;

    /** Outside Quarkus (tests, benchmarks, tools): Drools compiles the DRL files found beside the unit class. */
    public Evaluator() {
        this(RuleUnitProvider.get().getRuleUnit(new AssuranceUnit()));
    }

    /** In Quarkus: the rule unit the Drools extension compiled at build time. */
    public Evaluator(RuleUnit<AssuranceUnit> rules) {
        if (rules == null) {
            throw new IllegalStateException("no compiled rule unit for " + AssuranceUnit.class.getName()
                    + ": are the DRL files on the classpath?");
        }
        this.rules = rules;
    }

    public Report evaluate(FactSet factSet) {
        AssuranceUnit unit = new AssuranceUnit();
        Conclusions conclusions = Conclusions.collect(unit);
        Map<Fact, Integer> index = new IdentityHashMap<>();
        List<Report.IgnoredFact> ignored = new ArrayList<>();
        unit.getAsOf().add(new AsOf(factSet.asOf()));
        for (int i = 0; i < factSet.facts().size(); i++) {
            Fact fact = factSet.facts().get(i);
            if (fact.date() != null && fact.date().isAfter(factSet.asOf())) {
                ignored.add(new Report.IgnoredFact(i, fact.date(),
                        "dated after the as-of date " + factSet.asOf() + ": it does not exist yet"));
                continue;
            }
            index.put(fact, i);
            insert(unit, fact);
        }
        try (RuleUnitInstance<AssuranceUnit> instance = rules.createInstance(unit)) {
            instance.fire();
        }
        return new ReportBuilder(conclusions, index).build(Rulebook.VERSION, factSet.asOf(), ignored);
    }

    private static void insert(AssuranceUnit unit, Fact fact) {
        if (fact instanceof WeaponSystem f) {
            unit.getWeaponSystems().add(f);
        } else if (fact instanceof Verification f) {
            unit.getVerifications().add(f);
        } else if (fact instanceof Undertaking f) {
            unit.getUndertakings().add(f);
        } else if (fact instanceof Safeguard f) {
            unit.getSafeguards().add(f);
        } else if (fact instanceof Declaration f) {
            unit.getDeclarations().add(f);
        } else if (fact instanceof UsAction f) {
            unit.getUsActions().add(f);
        } else if (fact instanceof Incident f) {
            unit.getIncidents().add(f);
        }
    }
}
