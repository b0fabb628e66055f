package org.assurances.rules;

import java.util.List;

/** A conclusion other rules can read as a part: its value, the rule that drew it, and what it rests on. */
public interface Decided {
    Value value();

    /** What it rests on: posted facts, derived facts, or the conclusions it combines. */
    List<Object> because();
}
