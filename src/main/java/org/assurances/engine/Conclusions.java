package org.assurances.engine;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.rules.Finding;
import org.assurances.rules.Remark;
import org.assurances.rules.Status;
import org.assurances.rules.Value;
import org.assurances.rules.Verdict;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * What the rules conclude, kept current as the engine inserts and withdraws conclusions (truth
 * maintenance): in a single evaluation and in a long-lived session that a timeline moves along.
 */
public final class Conclusions implements RuleRuntimeEventListener {
    final Map<Condition, Finding> conditions = new EnumMap<>(Condition.class);
    final Map<Determination, Verdict> determinations = new EnumMap<>(Determination.class);
    /** Two reports of the same thing on the same day can support two equal-valued conclusions at once. */
    private final Map<Object, java.util.List<Object>> live = new java.util.HashMap<>();

    final Set<Remark> remarks = new LinkedHashSet<>();
    /** The readings in force, by id: a chosen alternative or a declared default. */
    final Map<String, org.assurances.rules.Reading> readings = new java.util.HashMap<>();
    /** Which rule drew each conclusion, as the engine tells it: no consequence has to name its own rule. */
    private final Map<Object, String> rules = new java.util.IdentityHashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object o = event.getObject();
        if (event.getRule() != null) {
            rules.put(o, event.getRule().getName());
        }
        if (o instanceof Finding f) {
            live.computeIfAbsent(f.condition(), k -> new java.util.ArrayList<>())
                    .add(f);
            conditions.put(f.condition(), f);
        } else if (o instanceof Verdict v) {
            live.computeIfAbsent(v.determination(), k -> new java.util.ArrayList<>())
                    .add(v);
            determinations.put(v.determination(), v);
        } else if (o instanceof Remark r) {
            remarks.add(r);
        } else if (o instanceof org.assurances.rules.Reading r) {
            readings.put(r.id(), r);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object o = event.getOldObject();
        rules.remove(o);
        if (o instanceof Finding f) {
            Object still = withdraw(f.condition(), f);
            conditions.compute(f.condition(), (k, v) -> (Finding) still);
        } else if (o instanceof Verdict v) {
            Object still = withdraw(v.determination(), v);
            determinations.compute(v.determination(), (k, x) -> (Verdict) still);
        } else if (o instanceof Remark r) {
            remarks.remove(r);
        } else if (o instanceof org.assurances.rules.Reading r) {
            readings.remove(r.id(), r);
        }
    }

    /** Removes one conclusion on {@code key}; returns the one still standing, if any. */
    private Object withdraw(Object key, Object conclusion) {
        java.util.List<Object> all = live.get(key);
        if (all == null) {
            return null;
        }
        // The engine withdraws the very object it inserted: found by identity, without comparing lists of facts.
        int at = all.size() - 1;
        while (at >= 0 && all.get(at) != conclusion) {
            at--;
        }
        if (at >= 0) {
            all.remove(at);
        } else {
            all.remove(conclusion);
        }
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Only the as-of date is updated, by a timeline; conclusions are withdrawn and inserted, never updated.
    }

    /** The name of the rule that drew {@code conclusion}: search the rulebook for it. */
    public String rule(Object conclusion) {
        String rule = rules.get(conclusion);
        if (rule == null) {
            throw new IllegalStateException("no rule is known to have drawn " + conclusion);
        }
        return rule;
    }

    public Map<Condition, Value> values() {
        Map<Condition, Value> values = new EnumMap<>(Condition.class);
        conditions.forEach((c, f) -> values.put(c, f.value()));
        return values;
    }

    public Map<Determination, Status> statuses() {
        Map<Determination, Status> statuses = new EnumMap<>(Determination.class);
        determinations.forEach((d, v) -> statuses.put(d, v.status()));
        return statuses;
    }
}
