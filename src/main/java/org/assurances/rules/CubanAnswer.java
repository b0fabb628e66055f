package org.assurances.rules;

import org.assurances.facts.Fact;
import org.assurances.facts.Safeguard;
import org.assurances.facts.SafeguardTerm;

/** Cuba's consent to, or refusal of, someone on the spot: a safeguard's stance or an on-site verification. */
public record CubanAnswer(boolean accepted, Fact fact) {
    /**
     * An answer on para 5's long-term problem (a long-term safeguard); otherwise on the short-term one (a
     * short-term arrangement, an on-site verification of the removal).
     */
    public boolean aboutTheLongTerm() {
        return fact instanceof Safeguard s && s.term() == SafeguardTerm.LONG_TERM;
    }
}
