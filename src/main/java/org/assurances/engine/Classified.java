package org.assurances.engine;

import org.assurances.facts.SystemKind;

/** A weapon system put on one of the two lists (CIA-1962-10-29 Annex para 1). */
public record Classified(SystemKind system, Category category) {
}
