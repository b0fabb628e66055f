package org.assurances.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * What a reader reads in a report is in words, not in the values a fact set is written in: no reason, hint, note,
 * violation or role says IL28_BOMBER, PRESENT, NOT_GIVEN or UNSATISFIED (issue "The analyst's page", point 2). The
 * values stay in the JSON's ids and fields; the facts a reason names carry their number ("fact #5").
 */
class PlainWordsTest {
    static final Evaluator EVALUATOR = new Evaluator();

    /** Every value of every list a fact, a condition or a verdict takes, but the acronyms the memo itself writes. */
    static final Set<String> MACHINE_WORDS = machineWords();

    static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    @Test
    void everyScenarioAndCaseReadsInWords() {
        List<String> found = new ArrayList<>();
        Stream.concat(new ScenarioLibrary().all().stream(), ScenarioLibrary.cases().all().stream())
                .forEach(s -> found.addAll(machineWordsIn(s.id(), EVALUATOR.evaluate(s.factSet(null)))));
        assertThat(found).isEmpty();
    }

    @Test
    void aReasonNamesTheFactInWordsWithItsNumber() {
        Scenario bombers =
                new ScenarioLibrary().find("1962-11-13-bombers-remain").orElseThrow();
        Report report = EVALUATOR.evaluate(bombers.factSet(null));
        Report.ConditionReport out = report.condition(org.assurances.rules.Condition.BOMBERS_OUT);
        assertThat(out.reason()).matches(".*: the IL-28 bombers are in Cuba \\(fact #\\d+, \\d+ \\w{3} 1962\\)");
        int cited = Integer.parseInt(out.reason().replaceAll(".*fact #(\\d+).*", "$1"));
        assertThat(out.facts()).contains(cited);
    }

    @Property(tries = 300, seed = "19621120")
    void anyFactSetReadsInWords(@ForAll("factSets") FactSet set) {
        Report report = EVALUATOR.evaluate(set);
        assertThat(machineWordsIn("a random fact set", report)).isEmpty();
        assertThat(numbersNotAmongItsFacts(report)).isEmpty();
    }

    @Test
    void everyFactAReasonNamesIsAmongTheFactsItRestsOn() {
        List<String> found = new ArrayList<>();
        Stream.concat(new ScenarioLibrary().all().stream(), ScenarioLibrary.cases().all().stream())
                .forEach(s -> found.addAll(numbersNotAmongItsFacts(EVALUATOR.evaluate(s.factSet(null)))));
        assertThat(found).isEmpty();
    }

    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    /** The fact numbers a condition's reason or a violation names that its {@code facts} do not list. */
    static List<String> numbersNotAmongItsFacts(Report report) {
        List<String> found = new ArrayList<>();
        for (Report.ConditionReport c : report.conditions()) {
            Matcher m = NUMBER.matcher(c.reason());
            while (m.find()) {
                if (!c.facts().contains(Integer.parseInt(m.group(1)))) {
                    found.add(c.id() + ": #" + m.group(1) + " not in " + c.facts() + ": " + c.reason());
                }
            }
        }
        for (Report.DeterminationReport d : report.determinations()) {
            for (Report.Violation v : d.violations()) {
                Matcher m = NUMBER.matcher(v.text());
                while (m.find()) {
                    if (!v.facts().contains(Integer.parseInt(m.group(1)))) {
                        found.add(d.id() + " violation: #" + m.group(1) + " not in " + v.facts() + ": " + v.text());
                    }
                }
            }
        }
        return found;
    }

    @Provide
    Arbitrary<FactSet> factSets() {
        return FactSets.factSets();
    }

    /** The machine words a report's prose contains, each with where it was found. */
    static List<String> machineWordsIn(String where, Report report) {
        List<String> found = new ArrayList<>();
        for (Report.DeterminationReport d : report.determinations()) {
            check(found, where + " " + d.id() + " reason", d.reason());
            check(found, where + " " + d.id() + " role", d.role());
            d.toSettle().forEach(t -> check(found, where + " " + d.id() + " toSettle", t));
            d.violations().forEach(v -> check(found, where + " " + d.id() + " violation", v.text()));
        }
        for (Report.ConditionReport c : report.conditions()) {
            check(found, where + " " + c.id() + " reason", c.reason());
            c.toSettle().forEach(t -> check(found, where + " " + c.id() + " toSettle", t));
        }
        report.notes().forEach(n -> check(found, where + " note", n.text()));
        return found;
    }

    private static void check(List<String> found, String where, String text) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (MACHINE_WORDS.contains(m.group())) {
                found.add(where + ": '" + m.group() + "' in \"" + text + "\"");
            }
        }
    }

    private static Set<String> machineWords() {
        Set<String> words = new TreeSet<>();
        for (Class<?> list : List.of(
                org.assurances.facts.SystemKind.class,
                org.assurances.facts.SystemStatus.class,
                org.assurances.facts.Verifier.class,
                org.assurances.facts.VerificationOutcome.class,
                org.assurances.facts.Party.class,
                org.assurances.facts.Pledge.class,
                org.assurances.facts.UndertakingStatus.class,
                org.assurances.facts.UndertakingForm.class,
                org.assurances.facts.SafeguardKind.class,
                org.assurances.facts.SafeguardTerm.class,
                org.assurances.facts.CubaStance.class,
                org.assurances.facts.SafeguardFeature.class,
                org.assurances.facts.AssuranceId.class,
                org.assurances.facts.DeclarationForm.class,
                org.assurances.facts.UsActionKind.class,
                org.assurances.facts.IncidentKind.class,
                org.assurances.rules.Condition.class,
                org.assurances.rules.Determination.class,
                org.assurances.rules.Status.class,
                org.assurances.rules.Value.class)) {
            for (Object value : list.getEnumConstants()) {
                words.add(((Enum<?>) value).name());
            }
        }
        // the memo's own acronyms, and a list's values that are plain English words as they stand
        words.removeAll(Set.of("MRBM", "IRBM", "SAM", "UN", "US", "OAS", "OTHER"));
        return words;
    }
}
