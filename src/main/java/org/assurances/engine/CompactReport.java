package org.assurances.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * The report as the service answers by default, and as the decision log stores it: each condition once.
 * A determination's {@code conditions} and a condition's {@code parts} name conditions by id, and
 * {@code clauses} holds each condition's value, reason, facts and rule (the full {@link Report} repeats
 * every condition's tree under each determination that rests on it: about 50 KB against 17 KB).
 */
public record CompactReport(
        String decisionId,
        String rulebook,
        LocalDate asOf,
        List<Determined> determinations,
        List<Condition> clauses,
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
            List<Clause> conditions,
            List<Report.Violation> violations,
            String role,
            List<String> toSettle) {}

    /** A condition; {@code parts} are the ids of the conditions it combines, empty for a leaf. */
    public record Condition(
            Clause id,
            String title,
            boolean subsequent,
            Value value,
            String reason,
            List<Integer> facts,
            String rule,
            String citation,
            List<String> toSettle,
            List<Clause> parts) {}

    public static CompactReport of(Report r) {
        return new CompactReport(
                r.decisionId(),
                r.rulebook(),
                r.asOf(),
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
                                d.toSettle()))
                        .toList(),
                r.clauses().stream()
                        .map(c -> new Condition(
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

    private static List<Clause> ids(List<Report.ConditionReport> conditions) {
        return conditions.stream().map(Report.ConditionReport::id).toList();
    }
}
