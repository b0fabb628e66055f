package org.assurances.engine;

import java.time.LocalDate;
import java.util.List;

/** A determination's status, the rule that decided it and the conditions it combined. */
public record Verdict(Determination determination, Status status, String rule, List<Object> because, LocalDate since)
        implements Decided {
    public Verdict {
        because = List.copyOf(because);
    }

    @Override
    public Value value() {
        return Logic.value(status);
    }

    /** Holds from {@code since} when binding: read by the violation rules ("dated after the assurance first "
     * + "bound"). */
    public boolean bindingBefore(Object day) {
        return status == Status.BINDING && (day == null || since.isBefore((LocalDate) day));
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
