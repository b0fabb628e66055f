package org.assurances.engine;

import java.util.List;

/** A determination's status with the clauses that made it so. */
public record Verdict(Determination determination, Status status, String reason, List<Finding> because, Cite cite) {
    public Verdict {
        because = List.copyOf(because);
    }
}
