package org.assurances.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The day on which every offensive system was first out of Cuba: the removal that the understanding
 * traded for the assurances, after which a reintroduction can happen (spec 1.3, second edition).
 */
public record Removal(LocalDate day, List<Object> because) {
    /** False when every report it rests on is undated: the removal then holds from the beginning. */
    public boolean dated() {
        return !day.equals(LocalDate.MIN);
    }

    public static Removal last(Object... departures) {
        LocalDate day = LocalDate.MIN;
        for (Object d : departures) {
            LocalDate left = ((Departure) d).report().effective();
            day = left.isAfter(day) ? left : day;
        }
        return new Removal(
                day,
                List.of(departures).stream()
                        .map(d -> (Object) ((Departure) d).report())
                        .toList());
    }
}
