package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assurances.facts.FactSet;

/**
 * What the rules say without any facts: each determination with its conditions, the quoted source
 * text and the citations, read from the rules themselves by evaluating an empty fact set on each side
 * of the only change of terms (12 Nov 1962).
 */
public final class Catalog {
    /** A date before the change of terms; any such date gives the same conditions. */
    private static final LocalDate BEFORE = AsOf.NEW_QUARANTINE_TERMS.minusDays(1);

    public record Entry(Determination id, String title, String quote, List<Terms> terms) {
    }

    /** The conditions in force from {@code from} until {@code until} (null: open-ended). */
    public record Terms(LocalDate from, LocalDate until, String citation, String rule, List<Condition> conditions) {
    }

    public record Condition(Clause id, String title, boolean subsequent, String quote, String citation, List<Condition> parts) {
    }

    private final List<Entry> entries;

    public Catalog(Evaluator evaluator) {
        Report before = evaluator.evaluate(new FactSet(BEFORE, List.of()));
        Report after = evaluator.evaluate(new FactSet(AsOf.NEW_QUARANTINE_TERMS, List.of()));
        List<Entry> all = new ArrayList<>();
        for (Determination d : Determination.values()) {
            Terms early = terms(before.determination(d), null, BEFORE);
            Terms late = terms(after.determination(d), AsOf.NEW_QUARANTINE_TERMS, null);
            List<Terms> terms = early.conditions().equals(late.conditions()) && early.citation().equals(late.citation())
                    ? List.of(new Terms(null, null, late.citation(), late.rule(), late.conditions()))
                    : List.of(early, late);
            all.add(new Entry(d, d.title(), d.quote(), terms));
        }
        this.entries = List.copyOf(all);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().name().equalsIgnoreCase(id)).findFirst();
    }

    private static Terms terms(Report.DeterminationReport d, LocalDate from, LocalDate until) {
        return new Terms(from, until, d.citation(), d.rule(), d.conditions().stream().map(Catalog::condition).toList());
    }

    private static Condition condition(Report.ConditionReport c) {
        return new Condition(c.id(), c.title(), c.subsequent(), c.id().quote(), c.citation(),
                c.parts().stream().map(Catalog::condition).toList());
    }
}
