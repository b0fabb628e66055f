package org.assurances.rules;

/** The value of a condition (spec 1.2): never a silent default, so UNKNOWN is never read as false. */
public enum Value {
    SATISFIED,
    UNSATISFIED,
    UNKNOWN
}
