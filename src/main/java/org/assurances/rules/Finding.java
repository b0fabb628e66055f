package org.assurances.rules;

import java.util.List;

/**
 * The value of one condition as of the date, the rule that decided it and what it rests on. Rules insert
 * findings logically (truth maintenance): when what a finding rests on changes, the engine withdraws it.
 * A finding is equal only to itself: a rule that fires again on more evidence replaces its finding
 * (the engine withdraws the old one: FreshMatches) instead of merging with it, and the engine never hashes
 * the tree a finding rests on.
 */
public record Finding(Condition condition, Value value, List<Object> because) implements Decided {
    public Finding {
        because = List.copyOf(because);
    }

    @Override
    public String toString() {
        return condition + "=" + value;
    }

    // Equal only to itself, so truth maintenance never hashes the tree a conclusion rests on (see Finding).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
