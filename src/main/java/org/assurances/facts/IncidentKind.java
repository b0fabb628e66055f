package org.assurances.facts;

/**
 * Reported events that can break a condition subsequent (paras 7, 8; KISSINGER-1970, Kennedy 14 Dec) or, for
 * the three invasions, violate the assurance whose words they break (paras 6(a), 6(b), 6(c), 8).
 */
public enum IncidentKind {
    REINTRODUCTION_OF_OFFENSIVE_WEAPONS,
    OFFENSIVE_BASE_ESTABLISHED,
    CUBAN_AGGRESSION_IN_HEMISPHERE,
    US_INVASION,
    INVASION_FROM_US_TERRITORY,
    INVASION_BY_AMERICAN_REPUBLIC
}
