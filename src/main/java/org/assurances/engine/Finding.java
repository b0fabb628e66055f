package org.assurances.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assurances.facts.Fact;
import org.kie.api.definition.rule.Rule;

/**
 * The value of one clause as of the date, why, the posted facts that decided it and, when UNKNOWN, what
 * would settle it. Findings are final once inserted: the rules that read them fire after the rules that
 * draw them (see the salience note in each DRL file).
 */
public record Finding(Clause clause, Value value, String reason, List<Fact> facts, List<String> toSettle, Cite cite) {
    public Finding {
        facts = List.copyOf(facts);
        toSettle = List.copyOf(toSettle);
    }

    public static Finding of(Rule rule, Clause clause, Value value, String reason) {
        return new Finding(clause, value, reason, List.of(), List.of(), Cite.of(rule));
    }

    /** A combined clause: drawn by a rule of logic.drl, cited as the rule that declared the combination reads the source. */
    public static Finding combined(Rule rule, Combination combination, Value value, String reason) {
        return new Finding(combination.clause(), value, reason, List.of(), List.of(),
                new Cite(rule.getName(), combination.cite().source()));
    }

    /** Adds evidence (by identity: two equal facts posted twice stay two): posted facts, the facts behind other findings or system states, or collections of these. */
    public Finding from(Object... evidence) {
        Set<Fact> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(facts);
        for (Object item : evidence) {
            collect(item, all);
        }
        return new Finding(clause, value, reason, new ArrayList<>(all), toSettle, cite);
    }

    /** Adds what would settle an UNKNOWN: plain text, or what would settle other findings. */
    public Finding settledBy(Object... settlers) {
        Set<String> all = new LinkedHashSet<>(toSettle);
        for (Object item : settlers) {
            if (item instanceof Finding finding) {
                if (finding.value() == Value.UNKNOWN) {
                    all.addAll(finding.toSettle());
                }
            } else if (item instanceof Collection<?> many) {
                many.forEach(one -> all.addAll(settledBy(one).toSettle()));
            } else if (item instanceof SystemState state) {
                if (state.value() == Value.UNKNOWN) {
                    all.add("a weaponSystem fact for " + state.system());
                }
            } else if (item != null) {
                all.add(item.toString());
            }
        }
        return new Finding(clause, value, reason, facts, new ArrayList<>(all), cite);
    }

    private static void collect(Object item, Set<Fact> into) {
        if (item instanceof Fact fact) {
            into.add(fact);
        } else if (item instanceof Finding finding) {
            into.addAll(finding.facts());
        } else if (item instanceof SystemState state && state.report() != null) {
            into.add(state.report());
        } else if (item instanceof Collection<?> many) {
            many.forEach(one -> collect(one, into));
        }
    }
}
