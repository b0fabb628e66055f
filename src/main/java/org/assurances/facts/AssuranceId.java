package org.assurances.facts;

/** The assurances a declaration can formally give (paras 6 and 8). */
public enum AssuranceId {
    NON_INVASION,
    NO_SUPPORT_FOR_INVASION_BY_OTHERS,
    OAS_PARALLEL_ASSURANCE,
    CONTINGENT_NON_INVASION
}
