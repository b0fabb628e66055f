package org.assurances.engine;

import org.assurances.facts.SystemKind;
import org.assurances.facts.WeaponSystem;

/** Whether one offensive system is out of Cuba as of the date; {@code report} is null when none was posted. */
public record SystemState(SystemKind system, Value value, WeaponSystem report, Cite cite) {
}
