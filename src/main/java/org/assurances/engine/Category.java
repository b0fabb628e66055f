package org.assurances.engine;

/** The two lists of CIA-1962-10-29 Annex para 1. */
public enum Category {
    OFFENSIVE,
    DEFENSIVE
}
