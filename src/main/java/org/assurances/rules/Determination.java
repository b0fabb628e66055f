package org.assurances.rules;

/**
 * What the report answers (spec section 4), in report order. Titles, quotes and citations are written in
 * the rule that decides each ({@code @determination}), and read from there by the engine (RuleIndex).
 */
public enum Determination {
    QUARANTINE_LIFT,
    NON_INVASION,
    NO_SUPPORT_FOR_INVASION_BY_OTHERS,
    OAS_PARALLEL_ASSURANCE,
    CONTINGENT_NON_INVASION,
    AIR_SURVEILLANCE,
    OUTCOME
}
