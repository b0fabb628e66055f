package org.assurances.facts;

/** Who declares. */
public enum Declarant {
    US,
    OAS
}
