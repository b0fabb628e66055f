package org.assurances.facts;

/**
 * One thing wrong with a posted fact set: where (a JSON pointer such as {@code /facts/3/status}), what, and what was
 * expected.
 */
public record Problem(String pointer, String detail, String expected) {}
