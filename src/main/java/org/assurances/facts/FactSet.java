package org.assurances.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an analyst posts: the date the evaluation speaks for and the facts known by then (spec 2).
 * Building one checks what no single fact can check: the dates make sense and no two facts contradict.
 */
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = FactSetReader.class)
public record FactSet(
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) List<Fact> facts) {
    /**
     * Before the revolution there was no Castro government to cooperate or refuse; past 2100 is no date of this
     * history.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1959, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public FactSet {
        List<Problem> problems = new ArrayList<>();
        if (asOf == null) {
            problems.add(new Problem("/asOf", "'asOf' is required", "a date YYYY-MM-DD"));
        } else if (outOfRange(asOf)) {
            problems.add(new Problem("/asOf", "asOf " + asOf + " is outside " + EARLIEST + " .. " + LATEST, range()));
        }
        if (facts == null) {
            problems.add(new Problem("/facts", "'facts' is required", "an array of facts (it may be empty)"));
            facts = List.of();
        }
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            if (fact == null) {
                problems.add(new Problem("/facts/" + i, "a fact is null", "an object with a 'type'"));
                continue;
            }
            if (fact.date() != null && outOfRange(fact.date())) {
                problems.add(new Problem(
                        "/facts/" + i + "/date",
                        "date " + fact.date() + " is outside " + EARLIEST + " .. " + LATEST,
                        range()));
            }
            if (fact instanceof Undertaking u
                    && u.deadline() != null
                    && !outOfRange(u.date())
                    && u.deadline().isAfter(LATEST)) {
                problems.add(new Problem(
                        "/facts/" + i + "/withinDays",
                        "withinDays " + u.withinDays() + " puts the deadline after " + LATEST,
                        "at most " + java.time.temporal.ChronoUnit.DAYS.between(u.date(), LATEST) + " days from "
                                + u.date()));
            }
            contradiction(facts, seen, i).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFactSetException(problems);
        }
        facts = List.copyOf(facts);
    }

    /** Two reports of the same thing on the same day that disagree: the analyst must say which holds. */
    private static java.util.Optional<Problem> contradiction(List<Fact> facts, Map<List<Object>, Integer> seen, int i) {
        Fact fact = facts.get(i);
        if (fact.key() == null) {
            return java.util.Optional.empty();
        }
        List<Object> slot = java.util.Arrays.asList(fact.typeName(), fact.key(), fact.date());
        Integer earlier = seen.putIfAbsent(slot, i);
        if (earlier == null || Objects.equals(facts.get(earlier).state(), fact.state())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Problem(
                "/facts/" + i + "/" + fact.stateField(),
                "contradicts /facts/" + earlier + ": same " + fact.typeName() + " " + fact.key() + " on "
                        + (fact.date() == null ? "no date" : fact.date()) + " but " + fact.stateField() + " "
                        + fact.state() + " instead of " + facts.get(earlier).state(),
                "one " + fact.stateField() + " per " + fact.typeName() + " and date (a later date supersedes)"));
    }

    public static boolean outOfRange(LocalDate date) {
        return date.isBefore(EARLIEST) || date.isAfter(LATEST);
    }

    private static String range() {
        return "a date between " + EARLIEST + " and " + LATEST;
    }
}
