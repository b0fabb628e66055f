package org.assurances.engine;

import org.assurances.facts.Party;

/** Which clause of para 7(b) a party's undertaking decides. */
public final class Promises {
    private Promises() {
    }

    public static Clause clauseOf(Party party) {
        return party == Party.USSR ? Clause.SOVIET_UNDERTAKING : Clause.CUBAN_UNDERTAKING;
    }
}
