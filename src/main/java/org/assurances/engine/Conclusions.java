package org.assurances.engine;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * What the rules conclude, kept current as the engine inserts and withdraws conclusions (truth
 * maintenance): in a single evaluation and in a long-lived session that a timeline moves along.
 */
public final class Conclusions implements RuleRuntimeEventListener {
    final Map<Clause, Finding> findings = new EnumMap<>(Clause.class);
    final Map<Determination, Verdict> verdicts = new EnumMap<>(Determination.class);
    final Set<Remark> remarks = new LinkedHashSet<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object o = event.getObject();
        if (o instanceof Finding f) {
            findings.put(f.clause(), f);
        } else if (o instanceof Verdict v) {
            verdicts.put(v.determination(), v);
        } else if (o instanceof Remark r) {
            remarks.add(r);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object o = event.getOldObject();
        if (o instanceof Finding f) {
            findings.remove(f.clause(), f);
        } else if (o instanceof Verdict v) {
            verdicts.remove(v.determination(), v);
        } else if (o instanceof Remark r) {
            remarks.remove(r);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Only the as-of date is updated, by a timeline; conclusions are withdrawn and inserted, never updated.
    }

    public Map<Clause, Value> values() {
        Map<Clause, Value> values = new EnumMap<>(Clause.class);
        findings.forEach((c, f) -> values.put(c, f.value()));
        return values;
    }

    public Map<Determination, Status> statuses() {
        Map<Determination, Status> statuses = new EnumMap<>(Determination.class);
        verdicts.forEach((d, v) -> statuses.put(d, v.status()));
        return statuses;
    }
}
