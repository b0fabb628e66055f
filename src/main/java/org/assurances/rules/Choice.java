package org.assurances.rules;

/** An alternative a fact set chose for a reading ({@code "readings": {"<id>": "<alternative>"}}), as posted. */
public record Choice(String reading, String alternative) {}
