package org.assurances.engine;

import java.time.LocalDate;
import java.util.List;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.rules.Value;

/**
 * What an evaluation answers: for each determination its status and why, traced to the posted facts
 * (by index in the posted list) and to the rules (by name and citation). Every {@code rule} is the name
 * of a rule in src/main/resources/rules, and every {@code reason} is that rule's own words.
 * {@code conditions} lists every condition the rules decided, once each. {@code decisionId} names the
 * evaluation in the decision log (null where nothing is logged: a timeline's days, tests, tools). Where the
 * service meant to log it and could not, {@code logged} is false and {@code notLogged} says why (both are left
 * out of the JSON otherwise).
 */
public record Report(
        String decisionId,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Boolean logged,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String notLogged,

        String rulebook,
        LocalDate asOf,
        List<ReadingInForce> readings,
        List<DeterminationReport> determinations,
        List<ConditionReport> conditions,
        List<IgnoredFact> ignored,
        List<Note> notes,

        /** What each posted fact says, in posted order, with its date: in the full report (?detail=full) only. */
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        List<String> factsSay) {

    public record DeterminationReport(
            Determination id,
            String title,
            String citation,
            String rule,
            Status status,
            LocalDate bindingSince,
            String reason,
            Boolean formalized,
            Formality formality,
            String formalityRule,
            List<ConditionReport> conditions,
            List<Violation> violations,
            String role,
            List<String> toSettle,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            List<Sensitivity> sensitiveTo) {
        /** The same determination with what switching each reading alone would make of its status. */
        public DeterminationReport sensitiveTo(List<Sensitivity> found) {
            return new DeterminationReport(
                    id,
                    title,
                    citation,
                    rule,
                    status,
                    bindingSince,
                    reason,
                    formalized,
                    formality,
                    formalityRule,
                    conditions,
                    violations,
                    role,
                    toSettle,
                    List.copyOf(found));
        }
    }

    /**
     * A reading in force (see {@code GET /readings}): the alternative the rules read the open question by, whether it
     * is the rulebook's default, what it says, and the rule that put it in force.
     */
    public record ReadingInForce(String id, String alternative, boolean byDefault, String gloss, String rule) {}

    /** Switching {@code reading} alone to {@code alternative} would make the determination's status {@code status}. */
    public record Sensitivity(String reading, String alternative, Status status) {}

    /** One condition: {@code parts} holds the conditions it combines ("both of two conditions"), empty for a leaf. */
    public record ConditionReport(
            Condition id,
            String title,
            boolean subsequent,
            Value value,
            String reason,
            List<Integer> facts,
            String rule,
            String citation,
            List<String> toSettle,
            List<ConditionReport> parts) {}

    /** A posted fact dated after the as-of date: it does not exist yet (spec 1.4). */
    public record IgnoredFact(int index, LocalDate date, String reason) {
        /** Fact {@code index}, dated after {@code asOf}. */
        public static IgnoredFact notYet(int index, LocalDate date, LocalDate asOf) {
            return new IgnoredFact(index, date, "dated after the as-of date " + asOf + ": it does not exist yet");
        }
    }

    /**
     * A violation (spec 7.3): the incident (its index and date) that broke the assurance's own words while it was
     * binding on the day before, and the day from which it had bound then. Once a violation, always: every later
     * report lists it.
     */
    public record Violation(
            String text,
            List<Integer> facts,
            String rule,
            String citation,
            int incident,
            LocalDate date,
            LocalDate boundFrom) {}

    /** A remark with the facts and the rule behind it. */
    public record Note(Determination determination, String text, List<Integer> facts, String rule, String citation) {}

    /** The same report, logged as decision {@code id}. */
    public Report withDecisionId(String id) {
        return new Report(
                id, null, null, rulebook, asOf, readings, determinations, conditions, ignored, notes, factsSay);
    }

    /** The same report, answered without a decision id because the log could not take it: {@code reason}. */
    public Report notLogged(String reason) {
        return new Report(
                null, false, reason, rulebook, asOf, readings, determinations, conditions, ignored, notes, factsSay);
    }

    /** The same report with each determination's {@code sensitiveTo} as given. */
    public Report withSensitivity(java.util.Map<Determination, List<Sensitivity>> found) {
        return new Report(
                decisionId,
                logged,
                notLogged,
                rulebook,
                asOf,
                readings,
                determinations.stream()
                        .map(d -> d.sensitiveTo(found.getOrDefault(d.id(), List.of())))
                        .toList(),
                conditions,
                ignored,
                notes,
                factsSay);
    }

    /** The same report with what each of {@code facts} (the posted ones, in posted order) says in words. */
    public Report withFactsSay(List<org.assurances.facts.Fact> facts) {
        return new Report(
                decisionId,
                logged,
                notLogged,
                rulebook,
                asOf,
                readings,
                determinations,
                conditions,
                ignored,
                notes,
                facts.stream().map(Describe::posted).toList());
    }

    public DeterminationReport determination(Determination id) {
        return determinations.stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    public ConditionReport condition(Condition id) {
        return conditions.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
