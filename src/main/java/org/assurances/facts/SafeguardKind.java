package org.assurances.facts;

/** Kinds of inspection or safeguard arrangement (paras 4(b), 5, 9). */
public enum SafeguardKind {
    ON_SITE_INSPECTION,
    UN_PRESENCE,
    DENUCLEARIZED_ZONE,
    AIR_SURVEILLANCE,
    OTHER
}
