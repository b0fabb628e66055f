package org.assurances.engine;

import java.util.List;

/** Something the report says about a determination beside its status: formality, a violation, a role, a note. */
public record Remark(Determination determination, Kind kind, String text, List<?> facts, Cite cite) {
    public enum Kind {
        /** Formally given (spec 1.5): the value of {@code formalized}. */
        FORMALIZED,
        NOT_FORMALIZED,
        /** A confirmed invasion while the assurance binds (spec 4). */
        VIOLATION,
        /** What air surveillance is for as of the date (para 9). */
        ROLE,
        NOTE
    }

    public Remark {
        facts = List.copyOf(facts);
    }
}
