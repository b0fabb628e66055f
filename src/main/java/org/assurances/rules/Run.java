package org.assurances.rules;

import java.time.LocalDate;

/**
 * A stretch of days on which a determination had one status, from its first day to its last ({@code until} is null
 * while it lasts). The history a session keeps as it moves from day to day (spec 7.1): the rules read it to say
 * since when an assurance binds (7.2) and whether it bound on the day before an incident (7.3).
 */
public record Run(Determination determination, Status status, LocalDate from, LocalDate until) {
    /** True when {@code day} falls within the run. */
    public boolean covers(Object day) {
        LocalDate d = (LocalDate) day;
        return d != null && !d.isBefore(from) && (until == null || !d.isAfter(until));
    }

    /** The run that holds on the day of the report: nothing has ended it. */
    public boolean isOpen() {
        return until == null;
    }

    public Run endingOn(LocalDate last) {
        return new Run(determination, status, from, last);
    }
}
