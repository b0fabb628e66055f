package org.assurances.engine;

import java.time.LocalDate;
import java.util.List;

/** A conclusion other rules can read as a part: its value, the rule that drew it, and what it rests on. */
public interface Decided {
    Value value();

    /** The name of the rule that drew it: search the rulebook for it. */
    String rule();

    /** What it rests on: posted facts, derived facts, or the conclusions it combines. */
    List<Object> because();

    /** For a conclusion that holds: the day from which it holds (LocalDate.MIN: from the beginning). */
    LocalDate since();
}
