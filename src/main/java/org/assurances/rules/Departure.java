package org.assurances.rules;

import org.assurances.facts.SystemKind;
import org.assurances.facts.WeaponSystem;

/** The first report that an offensive system was out of Cuba: the day it first left (or was never there). */
public record Departure(SystemKind system, WeaponSystem report) {}
