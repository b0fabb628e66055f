package org.assurances.engine;

import java.util.Collection;
import java.util.stream.Collectors;
import org.assurances.facts.Safeguard;
import org.assurances.facts.SafeguardKind;

/** Wording for safeguard arrangements in reasons (paras 4(b), 5). */
public final class Safeguards {
    private Safeguards() {}

    public static String names(Collection<?> arrangements) {
        return arrangements.stream()
                .map(Safeguard.class::cast)
                .map(s -> s.kind() + " (" + s.term() + ")")
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** Why no arrangement counts: each one's fault, naming a disqualifying feature where there is one. */
    public static String whyNot(Collection<?> arrangements) {
        if (arrangements.isEmpty()) {
            return "Castro refuses on-the-spot inspection and no arrangement is on record";
        }
        return arrangements.stream()
                .map(Safeguard.class::cast)
                .map(Safeguards::fault)
                .sorted()
                .collect(Collectors.joining("; "));
    }

    private static String fault(Safeguard s) {
        String name = s.kind() + " (" + s.term() + ")";
        if (!s.accepted()) {
            return name + ": refused by Cuba";
        }
        if (s.disqualifiedBy() != null) {
            return name + ": has " + s.disqualifiedBy() + ", which para 5 rules out";
        }
        if (!s.longTerm()) {
            return name + ": short-term, counts for verification, not as a safeguard against reintroduction (para 5)";
        }
        if (s.kind() == SafeguardKind.AIR_SURVEILLANCE) {
            return name + ": air surveillance is not an on-the-spot inspection (para 4(b))";
        }
        return name + ": judged not satisfactory (para 7(c))";
    }
}
