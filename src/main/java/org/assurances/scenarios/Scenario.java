package org.assurances.scenarios;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assurances.engine.Formality;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.rules.Value;

/**
 * A shipped state of affairs (historical or counterfactual) with the report it must produce, written
 * from the documents. A timeline scenario also lists the transitions its replay must show.
 */
public record Scenario(
        String id,
        String name,
        String description,
        Kind kind,
        LocalDate asOf,
        LocalDate until,
        List<Fact> facts,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        java.util.Map<String, String> readings,

        Expected expected,
        List<ExpectedTransition> transitions) {
    /** CASE: a small paragraph case of the rulebook's test corpus (src/main/resources/cases). */
    public enum Kind {
        HISTORICAL,
        COUNTERFACTUAL,
        TIMELINE,
        CASE
    }

    /**
     * The statuses of every determination (a paragraph case may name only those it is about), and the
     * values, formality, violations, binding days and trails the scenario is about.
     */
    public record Expected(
            Map<Determination, Status> statuses,
            Map<Condition, Value> conditions,
            Map<Determination, Boolean> formalized,
            Map<Determination, Formality> formality,
            List<Determination> violations,
            Map<Determination, LocalDate> bindingSince,
            List<ExpectedViolation> violated,
            Map<String, Trail> trail) {
        public Expected {
            statuses = statuses == null ? Map.of() : statuses;
            conditions = conditions == null ? Map.of() : conditions;
            formalized = formalized == null ? Map.of() : formalized;
            formality = formality == null ? Map.of() : formality;
            bindingSince = bindingSince == null ? Map.of() : bindingSince;
            violated = violated == null ? List.of() : violated;
            trail = trail == null ? Map.of() : trail;
        }
    }

    /**
     * The trail a teacher follows from a verdict back to its source: for a condition or a determination (by id), the
     * rule that decided it (its name, as the report gives it), the posted facts (by index) that decided it, and words
     * its reason must say.
     */
    public record Trail(String rule, List<Integer> facts, String reason) {}

    /** A violation the report must list (spec 7.3): of which assurance, by which fact, on which day, bound since. */
    public record ExpectedViolation(Determination determination, int incident, LocalDate date, LocalDate boundFrom) {}

    /** On {@code date}, {@code determination} becomes {@code status}. */
    public record ExpectedTransition(LocalDate date, Determination determination, Status status) {}

    public Scenario {
        facts = facts == null ? List.of() : List.copyOf(facts);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        readings = readings == null ? java.util.Map.of() : java.util.Map.copyOf(readings);
    }

    public FactSet factSet(LocalDate on) {
        return new FactSet(on == null ? asOf : on, facts, readings);
    }
}
