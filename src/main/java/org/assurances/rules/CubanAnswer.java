package org.assurances.rules;

import org.assurances.facts.Fact;

/** Cuba's consent to, or refusal of, someone on the spot: a safeguard's stance or an on-site verification. */
public record CubanAnswer(boolean accepted, Fact fact) {}
