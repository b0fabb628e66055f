package org.assurances.rules;

/** Which terms of the lifting are in force on the day: para 1's before 12 Nov 1962, para 2's from that day. */
public record Terms(int paragraph) {}
