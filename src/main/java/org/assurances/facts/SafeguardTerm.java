package org.assurances.facts;

/** Para 5 separates short-term verification of removal from long-term safeguards against reintroduction. */
public enum SafeguardTerm {
    SHORT_TERM,
    LONG_TERM
}
