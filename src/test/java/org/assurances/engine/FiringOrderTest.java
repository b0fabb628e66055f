package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.facts.SystemKind;
import org.assurances.facts.SystemStatus;
import org.assurances.facts.WeaponSystem;
import org.assurances.rules.Condition;
import org.assurances.rules.Value;
import org.assurances.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** The order in which the engine fires the rules ({@link Layers}): nearest the facts first. */
class FiringOrderTest {
    private static final Evaluator RULES = new Evaluator();

    private static Map<String, Integer> layers() {
        Map<String, String> texts = new LinkedHashMap<>();
        Rulebook.files().keySet().forEach(rule -> texts.put(rule, Rulebook.ruleText(rule)));
        return Layers.of(texts);
    }

    @Test
    void rulesThatReadPostedFactsOnlyComeFirstAndTheAssurancesAfterWhatTheyCombine() {
        Map<String, Integer> layers = layers();
        assertThat(layers).hasSameSizeAs(Rulebook.files());
        String latest = "The latest report on a weapon system is where it stands (KISSINGER-1970 Khrushchev 28 Oct)";
        assertThat(layers.get(latest)).isZero();
        for (RuleIndex.RuleText rule : RULES.index().rules()) {
            if (rule.determination() == null || rule.title() == null) {
                continue;
            }
            // every assurance comes after each rule that decides one of the conditions it combines
            String when = Rulebook.ruleText(rule.name()).split("\nwhen", 2)[1].split("\nthen", 2)[0];
            java.util.regex.Matcher named =
                    java.util.regex.Pattern.compile("Condition\\.(\\w+)").matcher(when);
            int conditions = 0;
            while (named.find()) {
                conditions++;
                for (RuleIndex.RuleText part : RULES.index().rules()) {
                    if (named.group(1).equals(part.decides())) {
                        assertThat(layers.get(rule.name()))
                                .as(rule.name() + " after " + part.name())
                                .isGreaterThan(layers.get(part.name()));
                    }
                }
            }
            assertThat(conditions).as(rule.name()).isPositive();
        }
        // "ledger" reads the contingent pledge, which reads the assurances: three layers at least above them
        int ledger = layers.get(RULES.index()
                .determination(org.assurances.rules.Determination.OUTCOME)
                .name());
        int nonInvasion = layers.get(RULES.index()
                .determination(org.assurances.rules.Determination.NON_INVASION)
                .name());
        assertThat(ledger).isGreaterThan(nonInvasion);
    }

    /**
     * Each day of the history the engine fires once, and once more at the end if a status changed (Session): with
     * the rules in layers, a rule that draws a determination fires at most once per firing of the engine, however
     * many of its conditions changed that day. In the engine's default order (the order of the files) the ledger
     * fired 48 times over the 11 days of 13 Nov 1962, once for each of its parts as it arrived.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1962-11-13-bombers-remain", "1970-08-04-implicit-understanding"})
    void aDeterminationIsDrawnAtMostOncePerFiringOfTheEngine(String scenario) {
        FactSet facts = new ScenarioLibrary().find(scenario).orElseThrow().factSet(null);
        Map<String, Integer> firings = new TreeMap<>();
        RULES.evaluate(facts, new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        int days = Session.days(facts.facts()).headMap(facts.asOf(), true).size() + 1;
        for (RuleIndex.RuleText rule : RULES.index().rules()) {
            if (rule.determination() != null && rule.title() != null) {
                assertThat(firings.getOrDefault(rule.name(), 0))
                        .as(rule.name())
                        .isPositive()
                        .isLessThanOrEqualTo(2 * days);
            }
        }
    }

    /**
     * A later report that says what the one before it said changes no conclusion: the rule that reads it concludes
     * again what it concluded, the engine keeps that conclusion with the newer report as its evidence (FreshMatches),
     * and no rule that combines it fires again. Before, every rule above the bombers' report fired again that day.
     */
    @Test
    void aReportThatRepeatsTheOneBeforeItCitesTheNewerOneAndFiresNothingAboveIt() {
        FactSet once = new ScenarioLibrary()
                .find("1962-11-13-bombers-remain")
                .orElseThrow()
                .factSet(null);
        List<Fact> again = new ArrayList<>(once.facts());
        again.add(new WeaponSystem(SystemKind.IL28_BOMBER, SystemStatus.PRESENT, LocalDate.of(1962, 11, 5), null));
        FactSet twice = new FactSet(once.asOf(), again);

        Map<String, Integer> before = new TreeMap<>();
        Map<String, Integer> after = new TreeMap<>();
        Report first = RULES.evaluate(once, counting(before));
        Report second = RULES.evaluate(twice, counting(after));

        assertThat(second.condition(Condition.BOMBERS_OUT).value()).isEqualTo(Value.UNSATISFIED);
        assertThat(second.condition(Condition.BOMBERS_OUT).facts()).containsExactly(again.size() - 1);
        assertThat(first.condition(Condition.BOMBERS_OUT).facts()).doesNotContain(again.size() - 1);
        for (RuleIndex.RuleText rule : RULES.index().rules()) {
            if (rule.determination() != null && rule.title() != null) {
                assertThat(after.getOrDefault(rule.name(), 0))
                        .as(rule.name())
                        .isEqualTo(before.getOrDefault(rule.name(), 0));
            }
        }
        assertThat(second.determinations())
                .extracting(Report.DeterminationReport::status)
                .isEqualTo(first.determinations().stream()
                        .map(Report.DeterminationReport::status)
                        .toList());
    }

    private static DefaultAgendaEventListener counting(Map<String, Integer> firings) {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        };
    }

    /**
     * A session leaves the as-of fact as it is on a day on which none of its answers changes (Session): that holds
     * only while the rules ask it nothing but onOrAfter (a term day, which is a day of the walk) and after (a
     * promised last day, whose next day is one too).
     */
    @Test
    void theRulesAskTheAsOfDateOnlyWhetherATermDayHasComeOrAPromisedDayPassed() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(\\$\\w+\\s*:\\s*)?/asOf(\\[([^\\]]*)\\])?");
        int asked = 0;
        for (String rule : Rulebook.files().keySet()) {
            String text = Rulebook.ruleText(rule);
            java.util.regex.Matcher m = pattern.matcher(text);
            while (m.find()) {
                asked++;
                if (m.group(1) != null) {
                    String name = m.group(1).split(":")[0].trim();
                    String rest = text.substring(m.end()).replace(name + ".after(", "");
                    assertThat(rest)
                            .as(rule + " uses " + name + " only as " + name + ".after(...)")
                            .doesNotContain(name);
                } else {
                    assertThat(m.group(3)).as(rule).matches("\\s*!?onOrAfter\\(\"\\d{4}-\\d{2}-\\d{2}\"\\)\\s*");
                }
            }
        }
        assertThat(asked).isEqualTo(7);
    }
}
