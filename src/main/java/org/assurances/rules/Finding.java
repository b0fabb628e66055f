package org.assurances.rules;

import java.util.List;

/**
 * The value of one condition as of the date, the rule that decided it and what it rests on. Rules insert
 * findings logically (truth maintenance): when what a finding rests on changes, the engine withdraws it.
 * A rule that fires again on newer evidence and concludes the same value keeps its finding, with the evidence
 * brought up to date (see equals), so no rule that reads the finding fires again; one that concludes another
 * value replaces it (the engine withdraws the old one: FreshMatches).
 */
public record Finding(Condition condition, Value value, List<Object> because) implements Decided {
    public Finding {
        because = Evidence.of(because);
    }

    @Override
    public String toString() {
        return condition + "=" + value;
    }

    /**
     * Equal only to itself, or to the same conclusion drawn by the same rule ({@link Evidence}): so truth
     * maintenance keeps the one it holds and never hashes the tree a conclusion rests on.
     */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Finding o
                        && o.condition == condition
                        && o.value == value
                        && ((Evidence) because).sameRule((Evidence) o.because);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Objects.hashCode(condition) + java.util.Objects.hashCode(value))
                + ((Evidence) because).ruleHash();
    }
}
