package org.assurances.engine;

/** How an assurance was given (para 6; KISSINGER-1970): formally, only stated, or not at all. */
public enum Formality {
    /** A declaration by the US Representative in the UN Security Council (for 6(c), the OAS resolution). */
    FORMAL,
    /** A press conference or a letter: said, not formally given. */
    STATED,
    /** No declaration on the public record. */
    NONE
}
