package org.assurances.facts;

/** Cuba's answer to an arrangement. */
public enum CubaStance {
    ACCEPTED,
    REFUSED
}
