package org.assurances.facts;

/** Who undertakes (ASSURANCES-1962-11-13 para 7(b)). */
public enum Party {
    USSR,
    CUBA
}
