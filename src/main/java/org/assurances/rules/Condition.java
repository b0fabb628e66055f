package org.assurances.rules;

/**
 * The names of the conditions the rules decide, in report order. Their titles, quoted source text and
 * citations are written once, in the rule file that decides each ({@code @title}, {@code @quote},
 * {@code @source} on the rule marked {@code @decides}), and read from there by the engine (RuleIndex).
 */
public enum Condition {
    OFFERED,
    OAS_SURVEILLANCE_RESOLUTION,
    OFFENSIVE_OUT,
    MISSILES_OUT,
    BOMBERS_OUT,
    UN_VERIFICATION,
    CASTRO_COOPERATES,
    CASTRO_NOT_COOPERATING,
    REMOVAL_VERIFIED,
    SAFEGUARDED_PROMISE,
    IL28_PROMISE,
    BOMBER_TERM,
    IL28_DEADLINE_KEPT,
    SOVIET_PUBLIC_UNDERTAKING,
    CUBA_ACCEPTS_INSPECTION,
    SOVIET_UNDERTAKING,
    CUBAN_UNDERTAKING,
    REMOVAL_VERIFIED_BY_UN,
    UNDERTAKINGS,
    SAFEGUARDS,
    NO_REINTRODUCTION,
    NO_CUBAN_AGGRESSION,
    NO_AGGRESSIVE_ACTIONS,
    OAS_RESOLUTION,
    NO_OFFENSIVE_BASE,
    NUCLEAR_WAR_PREVENTED,
    QUARANTINE_LIFTED,
    CONTINGENT_PLEDGE
}
