package org.assurances.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;

/**
 * Two fact sets side by side (or one fact set on two dates): every determination and condition whose
 * value differs, with the rule that decided each side, and the facts that differ.
 */
public final class Comparison {
    private final Evaluator evaluator;

    public Comparison(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** A value that differs: a determination's status or a condition's value. */
    public record Difference(String id, String title, String left, String right, String leftRule, String rightRule) {}

    /** A fact posted on one side only, with its index there and what it says in words ("the MRBMs are out ..."). */
    public record OneSided(int index, Fact fact, String says) {}

    /** The comparison, with both reports. */
    public record Result(
            Report left,
            Report right,
            List<Difference> determinations,
            List<Difference> conditions,
            List<OneSided> onlyLeft,
            List<OneSided> onlyRight) {}

    public Result compare(FactSet left, FactSet right) {
        Report l = evaluator.evaluate(left);
        Report r = evaluator.evaluate(right);
        List<Difference> determinations = new ArrayList<>();
        for (Report.DeterminationReport d : l.determinations()) {
            Report.DeterminationReport o = r.determination(d.id());
            if (d.status() != o.status()) {
                determinations.add(new Difference(
                        d.id().name(), d.title(), d.status().name(), o.status().name(), d.rule(), o.rule()));
            }
        }
        Map<String, Report.ConditionReport> lc = new LinkedHashMap<>();
        Map<String, Report.ConditionReport> rc = new LinkedHashMap<>();
        l.conditions().forEach(c -> lc.put(c.id().name(), c));
        r.conditions().forEach(c -> rc.put(c.id().name(), c));
        Set<String> ids = new LinkedHashSet<>(lc.keySet());
        ids.addAll(rc.keySet());
        List<Difference> conditions = new ArrayList<>();
        for (String id : ids) {
            Report.ConditionReport a = lc.get(id);
            Report.ConditionReport b = rc.get(id);
            String av = a == null ? null : a.value().name();
            String bv = b == null ? null : b.value().name();
            if (!Objects.equals(av, bv)) {
                conditions.add(new Difference(
                        id,
                        a != null ? a.title() : b.title(),
                        av,
                        bv,
                        a == null ? null : a.rule(),
                        b == null ? null : b.rule()));
            }
        }
        return new Result(
                l,
                r,
                determinations,
                conditions,
                oneSided(left.facts(), right.facts()),
                oneSided(right.facts(), left.facts()));
    }

    /** The facts of {@code side} not matched one for one by an equal fact of {@code other}. */
    private static List<OneSided> oneSided(List<Fact> side, List<Fact> other) {
        List<Fact> unmatched = new ArrayList<>(other);
        List<OneSided> only = new ArrayList<>();
        for (int i = 0; i < side.size(); i++) {
            if (!unmatched.remove(side.get(i))) {
                only.add(new OneSided(i, side.get(i), org.assurances.engine.Describe.posted(side.get(i))));
            }
        }
        return only;
    }
}
