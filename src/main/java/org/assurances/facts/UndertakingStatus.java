package org.assurances.facts;

/** Whether the promise stands as of its date. */
public enum UndertakingStatus {
    GIVEN,
    NOT_GIVEN,
    REFUSED
}
