package org.assurances.rules;

import java.util.List;

/** A determination's status, the rule that decided it and the conditions it combined. */
public record Verdict(Determination determination, Status status, List<Object> because) implements Decided {
    public Verdict {
        because = List.copyOf(because);
    }

    @Override
    public Value value() {
        return Logic.value(status);
    }

    @Override
    public String toString() {
        return determination + "=" + status;
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
