package org.assurances.rules;

/**
 * A reading in force: where the documents leave a question open, the alternative the rules read it by. Every
 * reading is declared by a rule in the DRL file where the question arises ({@code @reading}); that rule puts
 * the default in force unless the fact set chose the other alternative ({@link Choice}). The rules that depend on
 * the question match {@code /readings[ id == "...", alternative == "..." ]}, so both alternatives stand side by
 * side in the DRL.
 */
public record Reading(String id, String alternative) {}
