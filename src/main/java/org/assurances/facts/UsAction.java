package org.assurances.facts;

import static org.assurances.facts.FactException.required;

import java.time.LocalDate;

/** What the US did. */
@FactType("usAction")
public record UsAction(UsActionKind action, LocalDate date, String source) implements Fact {
    public UsAction {
        required(action, "action", "one of " + java.util.Arrays.toString(UsActionKind.values()));
    }
}
