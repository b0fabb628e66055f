package org.assurances.rules;

import org.assurances.facts.Incident;
import org.assurances.facts.IncidentKind;

/** A confirmed incident, and a determination that was binding on the day before it (spec 7.3). */
public record Standing(Incident incident, Run run) {
    public Determination determination() {
        return run.determination();
    }

    public IncidentKind kind() {
        return incident.kind();
    }
}
