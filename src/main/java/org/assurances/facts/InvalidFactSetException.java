package org.assurances.facts;

import java.util.List;

/** A fact set that cannot be evaluated, with every problem found in it. */
public class InvalidFactSetException extends IllegalArgumentException {
    private final List<Problem> problems;

    public InvalidFactSetException(List<Problem> problems) {
        super(
                problems.isEmpty()
                        ? "invalid fact set"
                        : problems.get(0).pointer().isEmpty()
                                ? problems.get(0).detail()
                                : problems.get(0).detail() + " (at "
                                        + problems.get(0).pointer() + ")");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
