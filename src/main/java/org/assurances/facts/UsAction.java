package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the US did. */
@Schema(
        name = "usAction",
        example = "{\"type\": \"usAction\", \"action\": \"QUARANTINE_LIFTED\", \"date\": \"1962-11-20\"}")
@FactType("usAction")
public record UsAction(@Schema(required = true) UsActionKind action, LocalDate date, String source) implements Fact {
    public UsAction {
        required(action, "action", oneOf(UsActionKind.class));
    }
}
