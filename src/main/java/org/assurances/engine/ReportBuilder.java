package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assurances.facts.Fact;
import org.assurances.rules.Breach;
import org.assurances.rules.Decided;
import org.assurances.rules.Determination;
import org.assurances.rules.Finding;
import org.assurances.rules.Remark;
import org.assurances.rules.Removal;
import org.assurances.rules.Run;
import org.assurances.rules.Standing;
import org.assurances.rules.Status;
import org.assurances.rules.SystemState;
import org.assurances.rules.Value;
import org.assurances.rules.Verdict;
import org.assurances.rules.Word;

/**
 * Turns the rules' conclusions into a report: facts by index, rules by name and citation, reasons in the
 * deciding rule's own words followed by the evidence. Reasons are worded here, once per report, not in
 * the rules' consequences.
 */
final class ReportBuilder {
    /** Notes in a stable order, whatever order the engine drew them in: the same facts give the same report. */
    private static final java.util.Comparator<Report.Note> NOTE_ORDER = java.util.Comparator.comparing(
                    (Report.Note n) ->
                            n.determination() == null ? -1 : n.determination().ordinal())
            .thenComparing(Report.Note::rule)
            .thenComparing(n -> n.facts().toString())
            .thenComparing(Report.Note::text);

    private final RuleIndex index;
    private final Conclusions conclusions;
    /**
     * Identical facts posted more than once (same type, fields and date): the engine matches whichever copy
     * it meets first, which varies from one evaluation to the next, so a conclusion resting on one copy cites
     * every copy, and orders by the first. The same fact set then always gives the same report.
     */
    private final Map<Fact, int[]> copies = new java.util.HashMap<>();

    /** Facts in the memo's words, each with its number in the posted set and its date. */
    private final Describe words;

    ReportBuilder(RuleIndex index, Conclusions conclusions, Map<Fact, Integer> positions) {
        this.index = index;
        this.conclusions = conclusions;
        this.words = new Describe(this::where, d -> index.determination(d).title());
        positions.forEach((fact, i) -> copies.merge(fact, new int[] {i}, (a, b) -> {
            int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            java.util.Arrays.sort(both);
            return both;
        }));
    }

    Report build(String rulebook, LocalDate asOf, List<Report.IgnoredFact> ignored) {
        List<Report.DeterminationReport> determinations = new ArrayList<>();
        for (Determination d : Determination.values()) {
            Verdict verdict = conclusions.determinations.get(d);
            if (verdict == null) {
                throw new IllegalStateException("rulebook defect: no rule decided " + d);
            }
            determinations.add(determination(d, verdict));
        }
        List<Report.ConditionReport> clauses =
                conclusions.conditions.values().stream().map(this::condition).toList();
        List<Report.Note> notes = conclusions.remarks.stream()
                .filter(r -> r.kind() == Remark.Kind.NOTE)
                .map(this::note)
                .sorted(NOTE_ORDER)
                .toList();
        return new Report(null, null, null, rulebook, asOf, readings(), determinations, clauses, ignored, notes, null);
    }

    /** Every declared reading, in the rulebook's order, with the alternative the rules found in force. */
    private List<Report.ReadingInForce> readings() {
        List<Report.ReadingInForce> inForce = new ArrayList<>(index.readings().size());
        for (RuleIndex.ReadingText declared : index.readings()) {
            org.assurances.rules.Reading reading = conclusions.readings.get(declared.id());
            if (reading == null) {
                throw new IllegalStateException("rulebook defect: no reading of " + declared.id() + " is in force");
            }
            RuleIndex.Alternative alternative = declared.alternative(reading.alternative())
                    .orElseThrow(() -> new IllegalStateException("rulebook defect: reading " + declared.id()
                            + " has no alternative '" + reading.alternative() + "'"));
            inForce.add(new Report.ReadingInForce(
                    declared.id(),
                    alternative.id(),
                    alternative.id().equals(declared.byDefault().id()),
                    alternative.gloss(),
                    conclusions.rule(reading)));
        }
        return inForce;
    }

    private Report.DeterminationReport determination(Determination d, Verdict verdict) {
        RuleIndex.RuleText rule = index.rule(conclusions.rule(verdict));
        List<Report.ConditionReport> conditions =
                new ArrayList<>(verdict.because().size());
        for (Object part : verdict.because()) {
            conditions.add(condition((Finding) part));
        }
        Remark formal = null;
        for (Remark r : conclusions.remarks) {
            if (r.determination() == d
                    && (formal == null || rank(r.kind()) < rank(formal.kind()))
                    && rank(r.kind()) < Integer.MAX_VALUE) {
                formal = r;
            }
        }
        boolean formalities =
                d != Determination.QUARANTINE_LIFT && d != Determination.AIR_SURVEILLANCE && d != Determination.OUTCOME;
        Boolean formalized = formalities ? formal != null && formal.kind() == Remark.Kind.FORMALIZED : null;
        Formality formality = !formalities
                ? null
                : formal == null || formal.kind() == Remark.Kind.NOT_FORMALIZED
                        ? Formality.NONE
                        : formal.kind() == Remark.Kind.FORMALIZED ? Formality.FORMAL : Formality.STATED;
        String role = null;
        LocalDate bindingSince = null;
        List<Report.Violation> violations = new ArrayList<>(0);
        for (Remark r : conclusions.remarks) {
            if (r.determination() == d && r.kind() == Remark.Kind.ROLE) {
                role = index.rule(conclusions.rule(r)).words();
            } else if (r.determination() == d && r.kind() == Remark.Kind.VIOLATION) {
                violations.add(violation(r));
            } else if (r.determination() == d && r.kind() == Remark.Kind.BINDING_SINCE) {
                bindingSince = ((Run) r.because().get(0)).from();
            }
        }
        violations.sort(java.util.Comparator.comparing(Report.Violation::date)
                .thenComparingInt(Report.Violation::incident)
                .thenComparing(Report.Violation::rule));
        List<String> toSettle = verdict.status() == Status.UNDETERMINED ? List.copyOf(settle(verdict)) : List.of();
        return new Report.DeterminationReport(
                d,
                index.determination(d).title(),
                rule.source(),
                rule.name(),
                verdict.status(),
                verdict.status() == Status.BINDING ? bindingSince : null,
                reason(rule, verdict),
                formalized,
                formality,
                formal == null ? null : conclusions.rule(formal),
                List.copyOf(conditions),
                List.copyOf(violations),
                role,
                toSettle,
                null);
    }

    private static int rank(Remark.Kind kind) {
        return switch (kind) {
            case FORMALIZED -> 0;
            case STATED -> 1;
            case NOT_FORMALIZED -> 2;
            default -> Integer.MAX_VALUE;
        };
    }

    private final Map<Finding, Report.ConditionReport> built = new java.util.IdentityHashMap<>();

    /** A condition's report, built once however many determinations share it. */
    private Report.ConditionReport condition(Finding f) {
        Report.ConditionReport done = built.get(f);
        if (done == null) {
            done = conditionOnce(f);
            built.put(f, done);
        }
        return done;
    }

    private Report.ConditionReport conditionOnce(Finding f) {
        RuleIndex.RuleText rule = index.rule(conclusions.rule(f));
        RuleIndex.RuleText text = index.condition(f.condition());
        List<Report.ConditionReport> parts = new ArrayList<>(0);
        for (Object part : f.because()) {
            if (part instanceof Finding p) {
                parts.add(condition(p));
            }
        }
        List<String> toSettle = f.value() == Value.UNKNOWN ? List.copyOf(settle(f)) : List.of();
        return new Report.ConditionReport(
                f.condition(),
                text.title(),
                text.subsequent(),
                f.value(),
                reason(rule, f),
                indices(f),
                rule.name(),
                rule.source(),
                toSettle,
                List.copyOf(parts));
    }

    private Report.Note note(Remark r) {
        RuleIndex.RuleText rule = index.rule(conclusions.rule(r));
        String evidence =
                r.because().stream().sorted(inPostedOrder()).map(words::fact).collect(Collectors.joining("; "));
        return new Report.Note(
                r.determination(),
                evidence.isEmpty() ? rule.words() : rule.words() + ": " + evidence,
                indices(r.because()),
                rule.name(),
                rule.source());
    }

    /** A violation: the note's words and facts, with the incident's index and date and the day the assurance bound. */
    private Report.Violation violation(Remark r) {
        Report.Note note = note(r);
        Standing standing = (Standing) r.because().stream()
                .filter(Standing.class::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a violation rests on no standing: " + r));
        int incident = copies.getOrDefault(standing.incident(), new int[] {-1})[0];
        return new Report.Violation(
                note.text(),
                note.facts(),
                note.rule(),
                note.citation(),
                incident,
                standing.incident().date(),
                standing.run().from());
    }

    /**
     * The rule's own words, then what decided it: for a combination the parts whose value it took, with that value
     * in words ("fails: The IL-28 bombers are out of Cuba"; every part is in the report's tree beside it), for a
     * leaf the facts in the memo's words with their numbers, in posted order.
     */
    private String reason(RuleIndex.RuleText rule, Decided conclusion) {
        List<Object> because = new ArrayList<>(conclusion.because());
        because.sort(inPostedOrder());
        StringBuilder text = new StringBuilder(rule.words().length() + 64 * because.size() + 16).append(rule.words());
        boolean combination = !because.isEmpty() && because.get(0) instanceof Finding;
        boolean all = because.stream().allMatch(b -> !(b instanceof Decided x) || x.value() == conclusion.value());
        Evidence evidence = new Evidence(text);
        boolean decidedBySystems =
                because.stream().anyMatch(b -> b instanceof SystemState st && st.value() == conclusion.value());
        for (Object item : because) {
            if (item instanceof Finding p) {
                // What decided a combination: the parts with its value; but 'every part holds' says it when all do.
                if (p.value() == conclusion.value() && (conclusion.value() != Value.SATISFIED || !all)) {
                    evidence.add(
                            Describe.value(p.value()),
                            index.condition(p.condition()).title());
                }
            } else if (item instanceof Verdict p) {
                evidence.add(
                        Describe.status(p.status()),
                        index.determination(p.determination()).title());
            } else if (item instanceof SystemState st) {
                // where each system stands: those that decided it (the ones still in Cuba, when it fails), as the
                // report's facts are those of the parts that decided it
                if (st.value() == conclusion.value() || !decidedBySystems) {
                    evidence.add(null, words.fact(item));
                }
            } else {
                evidence.add(null, words.fact(item));
            }
        }
        if (evidence.any()) {
            evidence.close();
        } else if (combination && all && conclusion.value() == Value.SATISFIED) {
            text.append(" (every part holds)");
        } else if (combination) {
            // a negation holds because its part does not: say the part and its value, not "every part holds"
            for (Object item : because) {
                Finding p = (Finding) item;
                evidence.add(
                        Describe.value(p.value()),
                        index.condition(p.condition()).title());
            }
            evidence.close();
        }
        return text.toString();
    }

    /**
     * The evidence after a rule's words: for a combination "(fails: A; B; holds: C)", each value said once before
     * the items it heads; for a leaf ": the IL-28 bombers are in Cuba (fact #5, 13 Nov 1962); ...".
     */
    private static final class Evidence {
        private final StringBuilder text;
        private String heading;
        private boolean any;
        private boolean parts;

        Evidence(StringBuilder text) {
            this.text = text;
        }

        void add(String value, String item) {
            if (!any) {
                parts = value != null;
            }
            text.append(any ? "; " : parts ? " (" : ": ");
            if (value != null && !value.equals(heading)) {
                text.append(value).append(": ");
            }
            heading = value;
            text.append(item);
            any = true;
        }

        boolean any() {
            return any;
        }

        void close() {
            if (parts) {
                text.append(')');
            }
        }
    }

    /** "fact #5", or "facts #5, #9" for a fact posted twice; null for one the set did not post. */
    private String where(Fact fact) {
        int[] at = copies.get(fact);
        if (at == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(at.length == 1 ? "fact " : "facts ");
        for (int i = 0; i < at.length; i++) {
            text.append(i == 0 ? "#" : ", #").append(at[i]);
        }
        return text.toString();
    }

    /** Posted facts in the order they were posted, after anything else, whatever order the engine collected them in. */
    private java.util.Comparator<Object> inPostedOrder() {
        return java.util.Comparator.comparingInt(item -> {
            Object fact = item instanceof Breach b
                    ? b.incident()
                    : item instanceof Standing s
                            ? s.incident()
                            : item instanceof Word w ? w.facts().get(0) : item;
            return fact instanceof Fact f && copies.containsKey(f) ? copies.get(f)[0] : -1;
        });
    }

    /** What would settle an unknown: the deciding rule's {@code @settle}, or what would settle its unknown parts. */
    private Set<String> settle(Decided conclusion) {
        Set<String> all = new LinkedHashSet<>();
        String own = index.rule(conclusions.rule(conclusion)).settle();
        if (own != null) {
            all.add(own);
        }
        for (Object item : conclusion.because()) {
            if (item instanceof Breach b) {
                // the systems never reported on, in the order of the list, whatever order the engine found them in
                b.because().stream()
                        .filter(x -> x instanceof SystemState s && s.value() == Value.UNKNOWN)
                        .map(x -> (SystemState) x)
                        .sorted(java.util.Comparator.comparing(SystemState::system))
                        .forEach(s -> all.add(unreported(s)));
            }
            if (item instanceof Decided part && part.value() == Value.UNKNOWN) {
                all.addAll(part instanceof SystemState s ? Set.of(unreported(s)) : settle(part));
            }
        }
        return all;
    }

    /** What would settle where an offensive system stands: a report on it. */
    private static String unreported(SystemState s) {
        return "a report on where " + Describe.system(s.system()) + " stand";
    }

    private final Map<Object, List<Integer>> factsOf = new java.util.IdentityHashMap<>();

    /** The posted facts a conclusion rests on, by index; for a combination, those of the parts that decided it. */
    private List<Integer> indices(Object conclusion) {
        if (conclusion instanceof Decided d) {
            List<Integer> done = factsOf.get(d);
            if (done == null) {
                done = sorted(collect(d, new java.util.BitSet()));
                factsOf.put(d, done);
            }
            return done;
        }
        return sorted(collect(conclusion, new java.util.BitSet()));
    }

    private java.util.BitSet collect(Object item, java.util.BitSet into) {
        if (item instanceof Fact fact) {
            for (int i : copies.getOrDefault(fact, new int[0])) {
                into.set(i);
            }
        } else if (item instanceof Decided d) {
            // The parts that decided it: those with its value (the one that holds, of an 'any of' that holds); for a
            // negation, whose one part has the other value, that part.
            Value decisive = d.value();
            boolean negation = d.because().stream().noneMatch(x -> x instanceof Decided p && p.value() == decisive)
                    && d.because().stream().allMatch(Decided.class::isInstance);
            for (Object part : d.because()) {
                if (part instanceof Decided p) {
                    if (p.value() == decisive || negation) {
                        for (int i : indices(p)) {
                            into.set(i);
                        }
                    }
                } else {
                    collect(part, into);
                }
            }
        } else if (item instanceof Removal r) {
            for (Object x : r.because()) {
                collect(x, into);
            }
        } else if (item instanceof Breach b) {
            collect(b.incident(), into);
            for (Object x : b.because()) {
                collect(x, into);
            }
        } else if (item instanceof Standing s) {
            collect(s.incident(), into);
        } else if (item instanceof Word w) {
            collect(w.facts(), into);
        } else if (item instanceof Collection<?> many) {
            for (Object x : many) {
                collect(x, into);
            }
        }
        return into;
    }

    private static List<Integer> sorted(java.util.BitSet set) {
        if (set.isEmpty()) {
            return List.of();
        }
        List<Integer> all = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            all.add(i);
        }
        return all;
    }
}
