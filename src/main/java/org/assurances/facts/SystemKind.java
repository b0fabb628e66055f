package org.assurances.facts;

/** The Soviet weapon systems in Cuba (CIA-1962-10-29 Annex para 1). */
public enum SystemKind {
    MRBM,
    IRBM,
    IL28_BOMBER,
    SAM,
    COASTAL_DEFENSE_CRUISE_MISSILE,
    MISSILE_PATROL_BOAT,
    FIGHTER
}
