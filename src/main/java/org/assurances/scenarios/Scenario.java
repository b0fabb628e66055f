package org.assurances.scenarios;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assurances.engine.Clause;
import org.assurances.engine.Determination;
import org.assurances.engine.Formality;
import org.assurances.engine.Status;
import org.assurances.engine.Value;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;

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
     * values, formality and violations the scenario is about.
     */
    public record Expected(
            Map<Determination, Status> statuses,
            Map<Clause, Value> conditions,
            Map<Determination, Boolean> formalized,
            Map<Determination, Formality> formality,
            List<Determination> violations,
            List<String> why) {
        public Expected {
            statuses = statuses == null ? Map.of() : statuses;
            conditions = conditions == null ? Map.of() : conditions;
            formalized = formalized == null ? Map.of() : formalized;
            formality = formality == null ? Map.of() : formality;
            why = why == null ? List.of() : why;
        }
    }

    /** On {@code date}, {@code determination} becomes {@code status}. */
    public record ExpectedTransition(LocalDate date, Determination determination, Status status) {}

    public Scenario {
        facts = facts == null ? List.of() : List.copyOf(facts);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public FactSet factSet(LocalDate on) {
        return new FactSet(on == null ? asOf : on, facts);
    }
}
