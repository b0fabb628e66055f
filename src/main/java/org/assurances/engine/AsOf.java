package org.assurances.engine;

import java.time.LocalDate;

/** The date the evaluation speaks for, as a fact the rules can read (never the wall clock). */
public record AsOf(LocalDate date) {
    /** The President's decision of 12 Nov 1962 changed the terms for lifting the quarantine (para 2). */
    public static final LocalDate NEW_QUARANTINE_TERMS = LocalDate.of(1962, 11, 12);

    public boolean beforeNewQuarantineTerms() {
        return date.isBefore(NEW_QUARANTINE_TERMS);
    }

    public boolean after(LocalDate day) {
        return day != null && date.isAfter(day);
    }
}
