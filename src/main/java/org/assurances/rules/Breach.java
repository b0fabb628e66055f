package org.assurances.rules;

import java.util.List;
import org.assurances.facts.Incident;

/**
 * A confirmed incident that breaks a condition subsequent (or, among the unplaced, one that cannot yet be placed
 * before or after the removal), with what places it: the removal it came after, or the systems never reported on.
 */
public record Breach(Condition condition, Incident incident, List<Object> because) {
    public Breach {
        because = because == null ? List.of() : List.copyOf(because);
    }

    /** As a rule writes it: one thing that places the incident (the removal), or none. */
    public Breach(Object condition, Object incident, Object because) {
        this((Condition) condition, (Incident) incident, because == null ? List.of() : List.of(because));
    }
}
