package org.assurances.rules;

/** Whether a determination binds as of the date (spec 1.2). */
public enum Status {
    BINDING,
    NOT_BINDING,
    UNDETERMINED
}
