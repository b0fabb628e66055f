package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assurances.facts.Fact;

/**
 * Turns the rules' conclusions into a report: facts by index, rules by name and citation, reasons in the
 * deciding rule's own words followed by the evidence. Reasons are worded here, once per report, not in
 * the rules' consequences.
 */
final class ReportBuilder {
    /** Notes in a stable order, whatever order the engine drew them in: the same facts give the same report. */
    private static final java.util.Comparator<Report.Note> NOTE_ORDER = java.util.Comparator
            .comparing((Report.Note n) -> n.determination() == null ? -1 : n.determination().ordinal())
            .thenComparing(Report.Note::rule).thenComparing(n -> n.facts().toString()).thenComparing(Report.Note::text);
    private final RuleIndex index;
    private final Conclusions conclusions;
    private final Map<Fact, Integer> positions;

    ReportBuilder(RuleIndex index, Conclusions conclusions, Map<Fact, Integer> positions) {
        this.index = index;
        this.conclusions = conclusions;
        this.positions = positions;
    }

    Report build(String rulebook, LocalDate asOf, List<Report.IgnoredFact> ignored) {
        List<Report.DeterminationReport> determinations = new ArrayList<>();
        for (Determination d : Determination.values()) {
            Verdict verdict = conclusions.verdicts.get(d);
            if (verdict == null) {
                throw new IllegalStateException("rulebook defect: no rule decided " + d);
            }
            determinations.add(determination(d, verdict));
        }
        List<Report.ConditionReport> clauses = conclusions.findings.values().stream().map(this::condition).toList();
        List<Report.Note> notes = conclusions.remarks.stream()
                .filter(r -> r.kind() == Remark.Kind.NOTE).map(this::note).sorted(NOTE_ORDER).toList();
        return new Report(rulebook, asOf, determinations, clauses, ignored, notes);
    }

    private Report.DeterminationReport determination(Determination d, Verdict verdict) {
        RuleIndex.RuleText rule = index.rule(verdict.rule());
        List<Report.ConditionReport> conditions = verdict.because().stream()
                .map(p -> condition((Finding) p)).toList();
        Remark formal = null;
        for (Remark r : conclusions.remarks) {
            if (r.determination() == d && (formal == null || rank(r.kind()) < rank(formal.kind()))
                    && rank(r.kind()) < Integer.MAX_VALUE) {
                formal = r;
            }
        }
        boolean formalities = d != Determination.QUARANTINE_LIFT && d != Determination.AIR_SURVEILLANCE
                && d != Determination.OUTCOME;
        Boolean formalized = formalities ? formal != null && formal.kind() == Remark.Kind.FORMALIZED : null;
        Formality formality = !formalities ? null : formal == null || formal.kind() == Remark.Kind.NOT_FORMALIZED
                ? Formality.NONE : formal.kind() == Remark.Kind.FORMALIZED ? Formality.FORMAL : Formality.STATED;
        String role = conclusions.remarks.stream().filter(r -> r.determination() == d && r.kind() == Remark.Kind.ROLE)
                .map(r -> index.rule(r.rule()).words()).findFirst().orElse(null);
        List<Report.Note> violations = conclusions.remarks.stream()
                .filter(r -> r.determination() == d && r.kind() == Remark.Kind.VIOLATION).map(this::note).sorted(NOTE_ORDER).toList();
        List<String> toSettle = verdict.status() == Status.UNDETERMINED ? List.copyOf(settle(verdict)) : List.of();
        return new Report.DeterminationReport(d, index.determination(d).title(), rule.source(), rule.name(),
                verdict.status(), reason(rule, verdict), formalized, formality,
                formal == null ? null : formal.rule(), conditions, violations, role, toSettle);
    }

    private static int rank(Remark.Kind kind) {
        return switch (kind) {
            case FORMALIZED -> 0;
            case STATED -> 1;
            case NOT_FORMALIZED -> 2;
            default -> Integer.MAX_VALUE;
        };
    }

    private Report.ConditionReport condition(Finding f) {
        RuleIndex.RuleText rule = index.rule(f.rule());
        RuleIndex.RuleText text = index.condition(f.clause());
        List<Report.ConditionReport> parts = f.because().stream()
                .filter(Finding.class::isInstance).map(p -> condition((Finding) p)).toList();
        List<String> toSettle = f.value() == Value.UNKNOWN ? List.copyOf(settle(f)) : List.of();
        return new Report.ConditionReport(f.clause(), text.title(), text.subsequent(), f.value(), reason(rule, f),
                indices(f), rule.name(), rule.source(), toSettle, parts);
    }

    private Report.Note note(Remark r) {
        RuleIndex.RuleText rule = index.rule(r.rule());
        String evidence = r.because().stream()
                .sorted(java.util.Comparator.comparingInt(item -> item instanceof Fact f && positions.containsKey(f) ? positions.get(f) : -1))
                .map(Describe::fact).collect(Collectors.joining("; "));
        return new Report.Note(r.determination(), evidence.isEmpty() ? rule.words() : rule.words() + ": " + evidence,
                indices(r.because()), rule.name(), rule.source());
    }

    /** The rule's own words, then what it rests on: the parts with their values, or the facts in a few words. */
    private String reason(RuleIndex.RuleText rule, Decided conclusion) {
        List<String> evidence = new ArrayList<>();
        List<Object> because = new ArrayList<>(conclusion.because());
        // facts in the order they were posted, whatever order the engine collected them in
        because.sort(java.util.Comparator.comparingInt(item -> item instanceof Fact f && positions.containsKey(f)
                ? positions.get(f) : -1));
        for (Object item : because) {
            if (item instanceof Finding part) {
                evidence.add(index.condition(part.clause()).title() + ": " + part.value());
            } else if (item instanceof Verdict part) {
                evidence.add(part.determination() + ": " + part.status());
            } else {
                evidence.add(Describe.fact(item));
            }
        }
        return evidence.isEmpty() ? rule.words() : rule.words() + " (" + String.join("; ", evidence) + ")";
    }

    /** What would settle an unknown: the deciding rule's {@code @settle}, or what would settle its unknown parts. */
    private Set<String> settle(Decided conclusion) {
        Set<String> all = new LinkedHashSet<>();
        String own = index.rule(conclusion.rule()).settle();
        if (own != null) {
            all.add(own);
        }
        for (Object item : conclusion.because()) {
            if (item instanceof Decided part && part.value() == Value.UNKNOWN) {
                all.addAll(part instanceof SystemState s ? Set.of("a weaponSystem fact for " + s.system()) : settle(part));
            }
        }
        return all;
    }

    private List<Integer> indices(Object conclusion) {
        Set<Integer> all = new TreeSet<>();
        collect(conclusion, all);
        return List.copyOf(all);
    }

    /** The posted facts a conclusion rests on; for a combination, those of the parts that decided its value. */
    private void collect(Object item, Set<Integer> into) {
        if (item instanceof Fact fact) {
            Integer i = positions.get(fact);
            if (i != null) {
                into.add(i);
            }
        } else if (item instanceof Decided d) {
            Value decisive = d.value();
            for (Object part : d.because()) {
                if (!(part instanceof Decided p) || p.value() == decisive || decisive == Value.SATISFIED) {
                    collect(part, into);
                }
            }
        } else if (item instanceof Removal r) {
            r.because().forEach(x -> collect(x, into));
        } else if (item instanceof Collection<?> many) {
            many.forEach(x -> collect(x, into));
        }
    }
}
