package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.assurances.facts.Declaration;
import org.assurances.facts.Fact;
import org.assurances.facts.Incident;
import org.assurances.facts.Safeguard;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UsAction;
import org.assurances.facts.Verification;
import org.assurances.facts.WeaponSystem;
import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;

/**
 * One rule unit instance kept alive while the as-of date moves forward, as Rete is meant to be used:
 * each step inserts the facts dated up to the new day and moves the as-of date; the engine withdraws
 * the conclusions that no longer hold (they were inserted logically) and draws the new ones. Nothing
 * is rebuilt per day. Not thread-safe: one session per replay.
 */
public final class Session implements AutoCloseable {
    private final String rulebook;
    private final RuleIndex index;
    private final AssuranceUnit unit = new AssuranceUnit();
    private final Conclusions conclusions = new Conclusions();
    private final RuleUnitInstance<AssuranceUnit> instance;
    private final List<Fact> facts;
    private final List<Integer> byDate;
    private final Map<Fact, Integer> positions = new IdentityHashMap<>();
    private DataHandle asOf;
    private LocalDate day;
    private int next;

    Session(RuleUnit<AssuranceUnit> rules, RuleIndex index, String rulebook, List<Fact> facts) {
        this.rulebook = rulebook;
        this.index = index;
        this.facts = List.copyOf(facts);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> facts.get(i).effective()));
        this.byDate = order;
        this.instance = rules.createInstance(unit, Evaluator.config(conclusions, null));
    }

    /** Moves the session to {@code to} (never back) and draws every conclusion as of that day. */
    public Conclusions advance(LocalDate to) {
        if (day != null && to.isBefore(day)) {
            throw new IllegalArgumentException("a session moves forward only: " + to + " is before " + day);
        }
        while (next < byDate.size() && !facts.get(byDate.get(next)).effective().isAfter(to)) {
            int i = byDate.get(next++);
            positions.put(facts.get(i), i);
            insert(unit, facts.get(i));
        }
        if (asOf == null) {
            asOf = unit.getAsOf().add(new AsOf(to));
        } else {
            unit.getAsOf().update(asOf, new AsOf(to));
        }
        day = to;
        instance.fire();
        return conclusions;
    }

    /** The full report as of the current day, the same as {@link Evaluator#evaluate} gives for that day. */
    public Report report() {
        List<Report.IgnoredFact> ignored = new ArrayList<>();
        for (int k = next; k < byDate.size(); k++) {
            int i = byDate.get(k);
            ignored.add(Report.IgnoredFact.notYet(i, facts.get(i).date(), day));
        }
        ignored.sort(Comparator.comparingInt(Report.IgnoredFact::index));
        return new ReportBuilder(index, conclusions, positions).build(rulebook, day, ignored);
    }

    @Override
    public void close() {
        instance.close();
    }

    static void insert(AssuranceUnit unit, Fact fact) {
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
