package org.assurances.facts;

/** How a verification ended. */
public enum VerificationOutcome {
    CONFIRMED,
    INCOMPLETE,
    REFUSED
}
