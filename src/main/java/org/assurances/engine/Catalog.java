package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assurances.facts.FactSet;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;

/**
 * What the rules say without any facts: each determination with its conditions, their titles, quoted
 * source text and citations, all read from the rules' metadata, and the shape of each condition tree
 * read from evaluating an empty fact set on each side of a day on which terms change.
 */
public final class Catalog {
    public record Entry(Determination id, String title, String quote, List<Terms> terms) {}

    /** The conditions in force from {@code from} until {@code until} (null: open-ended). */
    public record Terms(
            LocalDate from,
            LocalDate until,
            String citation,
            String rule,
            String quote,
            List<ConditionEntry> conditions,
            String drl) {}

    public record ConditionEntry(
            Condition id,
            String title,
            boolean subsequent,
            String quote,
            String citation,
            String combines,
            String rule,
            List<ConditionEntry> parts) {}

    private final List<Entry> entries;

    public Catalog(Evaluator evaluator) {
        RuleIndex index = evaluator.index();
        List<LocalDate> days = new ArrayList<>(Rulebook.termDays());
        // Before the offer of 27 Oct every determination is "not yet on offer": the catalog shows the terms
        // that apply once an assurance is on offer, and each change of terms after that.
        LocalDate offered = LocalDate.parse("1962-10-27");
        days.removeIf(d -> !d.isAfter(offered));
        List<LocalDate> starts = new ArrayList<>();
        starts.add(offered);
        starts.addAll(days);
        List<Report> reports = starts.stream()
                .map(d -> evaluator.evaluate(new FactSet(d, List.of())))
                .toList();
        List<Entry> all = new ArrayList<>();
        for (Determination d : Determination.values()) {
            List<Terms> terms = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                Report.DeterminationReport r = reports.get(i).determination(d);
                Terms t = new Terms(
                        i == 0 ? null : starts.get(i),
                        null,
                        r.citation(),
                        r.rule(),
                        index.rule(r.rule()).quote(),
                        r.conditions().stream().map(c -> condition(index, c)).toList(),
                        Rulebook.ruleText(r.rule()));
                Terms previous = terms.isEmpty() ? null : terms.get(terms.size() - 1);
                if (previous == null
                        || !previous.rule().equals(t.rule())
                        || !previous.conditions().equals(t.conditions())) {
                    if (previous != null) {
                        terms.set(
                                terms.size() - 1,
                                new Terms(
                                        previous.from(),
                                        t.from().minusDays(1),
                                        previous.citation(),
                                        previous.rule(),
                                        previous.quote(),
                                        previous.conditions(),
                                        previous.drl()));
                    }
                    terms.add(t);
                }
            }
            Set<String> quotes = new LinkedHashSet<>();
            terms.forEach(t -> quotes.add(t.quote()));
            all.add(new Entry(d, index.determination(d).title(), String.join(" ... ", quotes), List.copyOf(terms)));
        }
        this.entries = List.copyOf(all);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().name().equalsIgnoreCase(id)).findFirst();
    }

    private static ConditionEntry condition(RuleIndex index, Report.ConditionReport c) {
        RuleIndex.RuleText text = index.condition(c.id());
        return new ConditionEntry(
                c.id(),
                c.title(),
                c.subsequent(),
                text.quote(),
                text.source(),
                combines(c),
                c.rule(),
                c.parts().stream().map(p -> condition(index, p)).toList());
    }

    /**
     * How a condition combines its parts, as the rule that decided it says: "all of" (Decide.allOf), "any of"
     * (Decide.anyOf), "not" (Decide.not); null for a leaf.
     */
    static String combines(Report.ConditionReport c) {
        if (c.parts().isEmpty()) {
            return null;
        }
        String text = Rulebook.ruleText(c.rule());
        return text.contains("Decide.anyOf(") ? "any of" : text.contains("Decide.not(") ? "not" : "all of";
    }
}
