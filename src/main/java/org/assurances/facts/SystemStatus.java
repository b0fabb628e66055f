package org.assurances.facts;

/** Where one kind of system stands; DISMANTLED is not yet REMOVED ("dismantle ... crate and "
 * + "return", KISSINGER-1970, Khrushchev 28 Oct). */
public enum SystemStatus {
    NEVER_DELIVERED,
    PRESENT,
    WORK_CEASED,
    INOPERABLE,
    DISMANTLED,
    REMOVED
}
