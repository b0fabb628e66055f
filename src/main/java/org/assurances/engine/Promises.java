package org.assurances.engine;

import org.assurances.facts.Party;

/** Which clause of para 7(b) a party's undertaking decides. */
public final class Promises {
    private Promises() {
    }

    /** "within 30 days, by 1962-12-20" for each REMOVE_IL28 promise. */
    public static String deadlines(java.util.Collection<?> promises) {
        return promises.stream().map(org.assurances.facts.Undertaking.class::cast)
                .map(u -> "within " + u.withinDays() + " days, by " + u.deadline()).sorted()
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public static Clause clauseOf(Party party) {
        return party == Party.USSR ? Clause.SOVIET_UNDERTAKING : Clause.CUBAN_UNDERTAKING;
    }
}
