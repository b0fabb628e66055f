package org.assurances.rules;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The date the evaluation speaks for, as a fact the rules can read (never the wall clock). The rules ask it two
 * things only, whether a term day has come and whether a promised day has passed; a session moving through a
 * history moves it only on the days on which one of those answers changes (engine.Session).
 */
public record AsOf(LocalDate date) {
    private static final ConcurrentHashMap<String, LocalDate> DAYS = new ConcurrentHashMap<>();

    /** True from {@code day} (written YYYY-MM-DD in the rule) on: terms that began on a date. */
    public boolean onOrAfter(Object day) {
        return !date.isBefore(DAYS.computeIfAbsent((String) day, LocalDate::parse));
    }

    /** True once {@code day} has passed (a deadline's last day is still within it). */
    public boolean after(Object day) {
        return day != null && date.isAfter((LocalDate) day);
    }
}
