package org.assurances.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The value of one condition as of the date, the rule that decided it and what it rests on. Rules insert
 * findings logically: when the facts a finding rests on change, the engine withdraws it. A finding is
 * its condition and value (equals and hashCode), so two rules, or two reports of the same thing, that
 * reach the same value support one finding instead of making two.
 */
public record Finding(Clause clause, Value value, String rule, List<Object> because, LocalDate since) implements Decided {
    public Finding {
        because = List.copyOf(because);
    }

    /** True when this finding combines other conclusions (a condition with parts). */
    public boolean combined() {
        return !because.isEmpty() && because.stream().allMatch(Decided.class::isInstance);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f && f.clause == clause && f.value == value;
    }

    @Override
    public int hashCode() {
        return Objects.hash(clause, value);
    }

    @Override
    public String toString() {
        return clause + "=" + value;
    }
}
