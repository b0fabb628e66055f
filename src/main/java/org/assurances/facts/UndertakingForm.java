package org.assurances.facts;

/** How a promise was made; only a public form is "firm and public" (para 4(a)). */
public enum UndertakingForm {
    PRIVATE_LETTER,
    PUBLIC_STATEMENT,
    UN_SECURITY_COUNCIL_STATEMENT,
    TREATY
}
