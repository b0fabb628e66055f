package org.assurances.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;

/**
 * A day on which some determination or condition changed: what changed, the facts dated that day (by
 * index in the posted list, and what each says in words, in the same order) or the deadline that passed, and
 * every determination's status from then on.
 */
public record Transition(
        LocalDate date,
        List<String> triggers,
        List<Integer> facts,
        List<String> factsSay,
        List<Change> changes,
        Map<Determination, Status> statuses) {

    /**
     * One determination (its status) or condition (its value) going from one value to another; {@code from} is null on
     * the first day.
     */
    public record Change(String kind, String id, String from, String to) {}
}
