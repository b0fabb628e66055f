package org.assurances.facts;

/** What the US did. */
public enum UsActionKind {
    QUARANTINE_IMPOSED,
    QUARANTINE_LIFTED,
    AIR_SURVEILLANCE
}
