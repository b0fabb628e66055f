package org.assurances.rules;

import java.util.List;

/** Something the report says about a determination beside its status, in the words of the rule that said it. */
public record Remark(Determination determination, Kind kind, List<Object> because) {
    public enum Kind {
        /** Given formally (spec 1.5): a declaration in the UN Security Council, or the OAS resolution. */
        FORMALIZED,
        /** Stated (a press conference, a letter) but not formally given. */
        STATED,
        NOT_FORMALIZED,
        /** An invasion that breaks the assurance's own words while it binds (spec 4). */
        VIOLATION,
        /** The day from which a binding determination has bound without a break (spec 7.2). */
        BINDING_SINCE,
        /** What air surveillance is for as of the date (para 9). */
        ROLE,
        NOTE
    }

    public Remark {
        because = Evidence.of(because);
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
