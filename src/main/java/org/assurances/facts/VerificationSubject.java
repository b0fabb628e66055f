package org.assurances.facts;

/** What a verification checks. */
public enum VerificationSubject {
    REMOVAL
}
