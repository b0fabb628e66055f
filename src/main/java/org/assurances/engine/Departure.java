package org.assurances.engine;

import java.util.Objects;
import org.assurances.facts.SystemKind;
import org.assurances.facts.WeaponSystem;

/** The first report that an offensive system was out of Cuba: the day it first left (or was never there). */
public record Departure(SystemKind system, WeaponSystem report) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Departure d && d.system == system && d.report.effective().equals(report.effective());
    }

    @Override
    public int hashCode() {
        return Objects.hash(system, report.effective());
    }
}
