package org.assurances.engine;

import java.util.List;

/**
 * A clause that is the conjunction (ALL) or disjunction (ANY) of other clauses, as a rule reads the
 * documents: "both of two conditions" (para 1), "or in some other satisfactory way" (para 7(c)).
 */
public record Combination(Clause clause, Mode mode, List<Clause> parts, Cite cite) {
    public enum Mode { ALL, ANY }

    public Combination {
        parts = List.copyOf(parts);
    }

    public boolean has(Object part) {
        return parts.contains(part);
    }

    /** True once a finding for every part has been drawn, so the combination reads final values only. */
    public boolean complete(Object findings) {
        return Logic.complete(parts, findings);
    }
}
