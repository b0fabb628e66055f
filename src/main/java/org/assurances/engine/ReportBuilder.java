package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.assurances.facts.Fact;

/** Turns the rules' conclusions into a report: facts by index, rules by name and citation. */
final class ReportBuilder {
    private final Conclusions conclusions;
    private final Map<Fact, Integer> index;
    private final Map<Clause, Finding> findings = new EnumMap<>(Clause.class);
    private final Map<Clause, Combination> combinations = new EnumMap<>(Clause.class);

    ReportBuilder(Conclusions conclusions, Map<Fact, Integer> index) {
        this.conclusions = conclusions;
        this.index = index;
        unique(conclusions.findings, Finding::clause, findings);
        unique(conclusions.combinations, Combination::clause, combinations);
    }

    Report build(String rulebook, LocalDate asOf, List<Report.IgnoredFact> ignored) {
        Map<Determination, Requirement> requirements = new EnumMap<>(Determination.class);
        Map<Determination, Verdict> verdicts = new EnumMap<>(Determination.class);
        unique(conclusions.requirements, Requirement::determination, requirements);
        unique(conclusions.verdicts, Verdict::determination, verdicts);
        List<Report.DeterminationReport> determinations = new ArrayList<>();
        for (Determination d : Determination.values()) {
            Requirement requirement = require(requirements.get(d), "no rule declared " + d);
            Verdict verdict = require(verdicts.get(d), "no verdict for " + d);
            determinations.add(determination(d, requirement, verdict));
        }
        List<Report.ConditionReport> clauses = findings.values().stream().map(f -> condition(f.clause(), false)).toList();
        List<Report.Note> notes = conclusions.remarks.stream()
                .filter(r -> r.kind() == Remark.Kind.NOTE).map(this::note).toList();
        return new Report(rulebook, asOf, determinations, clauses, ignored, notes);
    }

    private Report.DeterminationReport determination(Determination d, Requirement requirement, Verdict verdict) {
        List<Report.ConditionReport> conditions = requirement.clauses().stream().map(c -> condition(c, true)).toList();
        List<Remark> remarks = conclusions.remarks.stream().filter(r -> r.determination() == d).toList();
        Boolean formalized = null;
        String formality = null;
        for (Remark r : remarks) {
            if (r.kind() == Remark.Kind.FORMALIZED) {
                formalized = true;
                formality = r.text();
            } else if (r.kind() == Remark.Kind.NOT_FORMALIZED && formalized == null) {
                formalized = false;
                formality = r.text();
            }
        }
        String role = remarks.stream().filter(r -> r.kind() == Remark.Kind.ROLE).map(Remark::text).findFirst().orElse(null);
        List<Report.Note> violations = remarks.stream().filter(r -> r.kind() == Remark.Kind.VIOLATION).map(this::note).toList();
        Set<String> toSettle = new LinkedHashSet<>();
        if (verdict.status() == Status.UNDETERMINED) {
            verdict.because().forEach(f -> toSettle.addAll(f.toSettle()));
        }
        return new Report.DeterminationReport(d, d.title(), requirement.cite().source(), requirement.cite().rule(),
                verdict.status(), verdict.reason(), formalized, formality, conditions, violations, role, List.copyOf(toSettle));
    }

    private Report.ConditionReport condition(Clause clause, boolean withParts) {
        Finding f = require(findings.get(clause), "no rule decided " + clause);
        Combination combination = combinations.get(clause);
        List<Report.ConditionReport> parts = withParts && combination != null
                ? combination.parts().stream().map(p -> condition(p, true)).toList() : List.of();
        return new Report.ConditionReport(clause, clause.title(), clause.subsequent(), f.value(), f.reason(),
                indices(f.facts()), f.cite().rule(), f.cite().source(), f.toSettle(), parts);
    }

    private Report.Note note(Remark r) {
        return new Report.Note(r.determination(), r.text(), indices(r.facts()), r.cite().rule(), r.cite().source());
    }

    private List<Integer> indices(Collection<?> facts) {
        return facts.stream().filter(index::containsKey).map(index::get).distinct().sorted().toList();
    }

    /** Each key is decided once; two conclusions on one key would be a defect in the rulebook, not a report. */
    private static <K, V> void unique(List<V> values, Function<V, K> key, Map<K, V> into) {
        for (V value : values) {
            V earlier = into.putIfAbsent(key.apply(value), value);
            if (earlier != null) {
                throw new IllegalStateException("the rulebook concluded twice on " + key.apply(value) + ": "
                        + earlier + " and " + value);
            }
        }
    }

    private static <T> T require(T value, String defect) {
        if (value == null) {
            throw new IllegalStateException("rulebook defect: " + defect);
        }
        return value;
    }
}
