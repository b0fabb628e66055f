package org.assurances.facts;

/** The form of a formal act (para 6, last part). */
public enum DeclarationForm {
    UN_SECURITY_COUNCIL_DECLARATION,
    OAS_RESOLUTION,
    PRESS_CONFERENCE,
    LETTER
}
