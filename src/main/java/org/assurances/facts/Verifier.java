package org.assurances.facts;

/** Who verified (ASSURANCES-1962-11-13 para 7(a) asks for the UN). */
public enum Verifier {
    UN,
    US_AERIAL_SURVEILLANCE,
    AT_SEA_INSPECTION,
    OTHER
}
