package org.assurances.engine;

import java.util.Set;
import org.assurances.facts.SystemKind;

/** The systems a clause speaks of: "the missiles" (para 2), "the IL-28 bombers" (para 2), all offensive systems (para 7(a)). */
public record SystemGroup(Clause clause, Set<SystemKind> systems, Cite cite) {
    public boolean has(Object system) {
        return systems.contains(system);
    }
}
