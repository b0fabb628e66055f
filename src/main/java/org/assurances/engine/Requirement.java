package org.assurances.engine;

import java.util.List;

/** The clauses a determination is contingent on, as the rule that declares it reads the documents. */
public record Requirement(Determination determination, List<Clause> clauses, Cite cite) {
    public Requirement {
        clauses = List.copyOf(clauses);
    }

    public boolean needs(Object clause) {
        return clauses.contains(clause);
    }

    /** True once a finding for every clause has been drawn, so the verdict reads final values only. */
    public boolean complete(Object findings) {
        return Logic.complete(clauses, findings);
    }
}
