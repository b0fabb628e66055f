package org.assurances.facts;

/** What the other side promises (paras 2, 4, 7(b)). */
public enum Pledge {
    NO_REINTRODUCTION_INTO_CUBA,
    NO_OFFENSIVE_WEAPONS_INTO_HEMISPHERE,
    REMOVE_IL28
}
