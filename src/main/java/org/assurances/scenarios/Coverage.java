package org.assurances.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assurances.engine.Evaluator;
import org.assurances.engine.RuleIndex;
import org.assurances.engine.Rulebook;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Rule coverage, as {@code opa test --coverage} gives Rego authors: which rules fire over the test corpus
 * (the paragraph cases and the scenarios, each evaluated as of its date), and the cases that exercise
 * each. A rule no case fires is untested: the build fails on one (RuleCoverageTest).
 */
public record Coverage(String rulebook, int cases, List<Row> rules) {
    /** One rule, its file and citation, and the ids of the cases in which it fired. */
    public record Row(String file, String rule, String citation, List<String> cases) {}

    public static Coverage of(Evaluator evaluator, List<Scenario> corpus) {
        Map<String, Set<String>> fired = new LinkedHashMap<>();
        for (Scenario s : corpus) {
            evaluator.evaluate(s.factSet(null), new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.computeIfAbsent(event.getMatch().getRule().getName(), r -> new LinkedHashSet<>())
                            .add(s.id());
                }
            });
        }
        Map<String, String> files = Rulebook.files();
        List<Row> rows = new ArrayList<>();
        for (RuleIndex.RuleText rule : evaluator.index().rules()) {
            rows.add(new Row(
                    files.get(rule.name()),
                    rule.name(),
                    rule.source(),
                    List.copyOf(fired.getOrDefault(rule.name(), Set.of()))));
        }
        return new Coverage(Rulebook.VERSION, corpus.size(), List.copyOf(rows));
    }

    public List<Row> unfired() {
        return rules.stream().filter(r -> r.cases().isEmpty()).toList();
    }

    /** The table in Markdown, one row per rule in reading order. */
    public String markdown() {
        StringBuilder md = new StringBuilder("| file | rule | cases that fire it |\n| --- | --- | --- |\n");
        for (Row r : rules) {
            md.append("| ")
                    .append(r.file())
                    .append(" | ")
                    .append(r.rule().replace("|", "\\|"))
                    .append(" | ")
                    .append(
                            r.cases().isEmpty()
                                    ? "**none**"
                                    : r.cases().size() + ": "
                                            + String.join(
                                                    ", ",
                                                    r.cases()
                                                            .subList(
                                                                    0,
                                                                    Math.min(
                                                                            5,
                                                                            r.cases()
                                                                                    .size())))
                                            + (r.cases().size() > 5 ? ", ..." : ""))
                    .append(" |\n");
        }
        return md.toString();
    }
}
