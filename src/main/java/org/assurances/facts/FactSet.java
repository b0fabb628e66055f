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
        @Schema(required = true) List<Fact> facts,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        @Schema(
                description = "Readings switched from their default, by id: {\"8-not-at-all\": \"both-refused\"}"
                        + " (GET /readings lists them). An unknown reading or alternative is a 422.",
                example = "{\"4b-air-surveillance\": \"on-the-spot\"}")
        Map<String, String> readings) {
    /**
     * Before the revolution there was no Castro government to cooperate or refuse; past 2100 is no date of this
     * history.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1959, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** A fact set read by the rulebook's default readings. */
    public FactSet(LocalDate asOf, List<Fact> facts) {
        this(asOf, facts, Map.of());
    }

    public FactSet {
        List<Problem> problems = new ArrayList<>();
        readings =
                readings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(readings));
        readings.forEach((id, alternative) -> {
            if (alternative == null || alternative.isBlank()) {
                problems.add(new Problem(
                        readingPointer(id), "reading '" + id + "' names no alternative", "an alternative's id"));
            }
        });
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

    /** The same facts and readings as of another date. */
    public FactSet on(LocalDate date) {
        return new FactSet(date, facts, readings);
    }

    /** Other facts as of {@code date}, read by the same readings. */
    public FactSet with(LocalDate date, List<Fact> others) {
        return new FactSet(date, others, readings);
    }

    /** The same facts with reading {@code id} read by its default again. */
    public FactSet byDefault(String id) {
        Map<String, String> rest = new java.util.TreeMap<>(readings);
        rest.remove(id);
        return new FactSet(asOf, facts, rest);
    }

    /** Where a problem with reading {@code id} points: /readings/{id}, escaped as a JSON pointer. */
    public static String readingPointer(String id) {
        return "/readings/" + id.replace("~", "~0").replace("/", "~1");
    }

    /** The same facts with reading {@code id} switched to {@code alternative}. */
    public FactSet reading(String id, String alternative) {
        Map<String, String> switched = new java.util.TreeMap<>(readings);
        switched.put(id, alternative);
        return new FactSet(asOf, facts, switched);
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
