package org.assurances.facts;

/** Features that disqualify an arrangement (para 5 and 5(b)). */
public enum SafeguardFeature {
    SOVIET_VETO,
    TROIKA_COMMISSION,
    BYPASSES_RIO_TREATY,
    TIED_TO_FIVE_POINTS
}
