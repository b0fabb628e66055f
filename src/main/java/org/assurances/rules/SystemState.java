package org.assurances.rules;

import java.util.List;
import org.assurances.facts.SystemKind;
import org.assurances.facts.WeaponSystem;

/** Whether one offensive system is out of Cuba as of the date; {@code report} is null when none was posted. */
public record SystemState(SystemKind system, Value value, WeaponSystem report) implements Decided {
    public static SystemState of(Object system, Object value, Object report) {
        return new SystemState((SystemKind) system, (Value) value, (WeaponSystem) report);
    }

    @Override
    public List<Object> because() {
        return report == null ? List.of() : List.of(report);
    }

    // Equal only to itself, so truth maintenance never hashes the tree a conclusion rests on (see Finding).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
