package org.assurances.rules;

import java.util.List;

/** A determination's status, the rule that decided it and the conditions it combined. */
public record Verdict(Determination determination, Status status, List<Object> because) implements Decided {
    public Verdict {
        because = Evidence.of(because);
    }

    @Override
    public Value value() {
        return Logic.value(status);
    }

    @Override
    public String toString() {
        return determination + "=" + status;
    }

    /**
     * Equal only to itself, or to the same conclusion drawn by the same rule ({@link Evidence}): so truth
     * maintenance keeps the one it holds and never hashes the tree a conclusion rests on.
     */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Verdict o
                        && o.determination == determination
                        && o.status == status
                        && ((Evidence) because).sameRule((Evidence) o.because);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Objects.hashCode(determination) + java.util.Objects.hashCode(status))
                + ((Evidence) because).ruleHash();
    }
}
