package org.assurances.engine;

import java.util.Collection;
import java.util.stream.Collectors;
import org.assurances.facts.Verification;

/** Wording for verifications in reasons (paras 1, 7(a)). */
public final class Verifications {
    private Verifications() {
    }

    /** Why 7(a) is unmet although verifications are on record. */
    public static String withoutUn(Collection<?> checks) {
        String list = checks.stream().map(Verification.class::cast)
                .map(v -> v.by() + " " + v.outcome()).distinct().sorted().collect(Collectors.joining(", "));
        boolean unRefused = checks.stream().map(Verification.class::cast)
                .anyMatch(v -> v.byUn() && v.outcome() == org.assurances.facts.VerificationOutcome.REFUSED);
        return (unRefused ? "the UN verification was refused" : "verified only by means other than the UN")
                + " (" + list + "); para 7(a) asks for verification by the UN";
    }
}
