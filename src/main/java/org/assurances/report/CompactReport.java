package org.assurances.report;

import java.time.LocalDate;
import java.util.List;
import org.assurances.engine.Formality;
import org.assurances.engine.Report;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.rules.Value;

/**
 * The report as the service answers by default, and as the decision log stores it: each condition once.
 * A determination's {@code conditions} and a condition's {@code parts} name conditions by id, and
 * {@code conditions} holds each condition's value, reason, facts and rule (the full {@link Report} repeats
 * every condition's tree under each determination that rests on it: about 50 KB against 17 KB).
 */
public record CompactReport(
        String decisionId,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Boolean logged,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String notLogged,

        String rulebook,
        LocalDate asOf,
        List<Reading> readings,
        List<Determined> determinations,
        List<CompactCondition> conditions,
        List<Report.IgnoredFact> ignored,
        List<Report.Note> notes) {

    /** A determination; {@code conditions} are the ids of the conditions it rests on, in order. */
    public record Determined(
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
            List<Condition> conditions,
            List<Report.Violation> violations,
            String role,
            List<String> toSettle,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            List<Report.Sensitivity> sensitiveTo) {}

    /** A reading in force: its id, the alternative, and whether that is the rulebook's default. */
    public record Reading(String id, String alternative, boolean byDefault) {}

    /** A condition; {@code parts} are the ids of the conditions it combines, empty for a leaf. */
    public record CompactCondition(
            Condition id,
            String title,
            boolean subsequent,
            Value value,
            String reason,
            List<Integer> facts,
            String rule,
            String citation,
            List<String> toSettle,
            List<Condition> parts) {}

    public static CompactReport of(Report r) {
        return new CompactReport(
                r.decisionId(),
                r.logged(),
                r.notLogged(),
                r.rulebook(),
                r.asOf(),
                r.readings().stream()
                        .map(x -> new Reading(x.id(), x.alternative(), x.byDefault()))
                        .toList(),
                r.determinations().stream()
                        .map(d -> new Determined(
                                d.id(),
                                d.title(),
                                d.citation(),
                                d.rule(),
                                d.status(),
                                d.bindingSince(),
                                d.reason(),
                                d.formalized(),
                                d.formality(),
                                d.formalityRule(),
                                ids(d.conditions()),
                                d.violations(),
                                d.role(),
                                d.toSettle(),
                                d.sensitiveTo()))
                        .toList(),
                r.conditions().stream()
                        .map(c -> new CompactCondition(
                                c.id(),
                                c.title(),
                                c.subsequent(),
                                c.value(),
                                c.reason(),
                                c.facts(),
                                c.rule(),
                                c.citation(),
                                c.toSettle(),
                                ids(c.parts())))
                        .toList(),
                r.ignored(),
                r.notes());
    }

    private static List<Condition> ids(List<Report.ConditionReport> conditions) {
        return conditions.stream().map(Report.ConditionReport::id).toList();
    }
}
