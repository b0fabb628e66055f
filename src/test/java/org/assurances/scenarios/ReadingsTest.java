package org.assurances.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.engine.RuleIndex;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.junit.jupiter.api.Test;

/**
 * Readings (the questions the documents leave open) are the rules' own: each alternative has a paragraph case,
 * and the case of the other alternative gives a verdict that the default reading of the same facts does not.
 */
class ReadingsTest {
    static final ScenarioLibrary CASES = ScenarioLibrary.cases();
    static final Evaluator EVALUATOR = ParagraphCaseTest.EVALUATOR;

    @Test
    void everyReadingHasACaseForEachAlternativeAndTheirVerdictsDiffer() {
        for (RuleIndex.ReadingText reading : EVALUATOR.index().readings()) {
            List<Scenario> switched = CASES.all().stream()
                    .filter(c -> reading.other().id().equals(c.readings().get(reading.id())))
                    .toList();
            assertThat(switched)
                    .as("cases read by " + reading.id() + " = "
                            + reading.other().id())
                    .isNotEmpty();
            boolean differs = false;
            for (Scenario alternative : switched) {
                // the case of the default: the same facts on the same day, read by the default
                boolean twin = CASES.all().stream()
                        .anyMatch(c -> c.readings().isEmpty()
                                && c.asOf().equals(alternative.asOf())
                                && c.facts().equals(alternative.facts()));
                Report byDefault = EVALUATOR.evaluate(alternative.factSet(null).byDefault(reading.id()));
                boolean other = alternative.expected().conditions().entrySet().stream()
                                .anyMatch(e -> byDefault.condition(e.getKey()).value() != e.getValue())
                        || alternative.expected().statuses().entrySet().stream()
                                .anyMatch(
                                        e -> byDefault.determination(e.getKey()).status() != e.getValue());
                differs |= twin && other;
            }
            assertThat(differs)
                    .as(reading.id() + ": a case read by " + reading.other().id()
                            + " whose verdict differs from its twin case read by the default")
                    .isTrue();
        }
    }

    @Test
    void theReportListsEveryReadingInForceAndMarksTheSwitchedOne() {
        FactSet set =
                new FactSet(java.time.LocalDate.of(1963, 1, 7), List.of(), Map.of("8-not-at-all", "both-refused"));
        Report report = EVALUATOR.evaluate(set);
        assertThat(report.readings())
                .extracting(Report.ReadingInForce::id)
                .containsExactlyElementsOf(EVALUATOR.index().readings().stream()
                        .map(RuleIndex.ReadingText::id)
                        .toList());
        Report.ReadingInForce switched = report.readings().stream()
                .filter(r -> r.id().equals("8-not-at-all"))
                .findFirst()
                .orElseThrow();
        assertThat(switched.alternative()).isEqualTo("both-refused");
        assertThat(switched.byDefault()).isFalse();
        assertThat(switched.rule()).startsWith("An alternative the fact set chose");
        assertThat(report.readings().stream().filter(r -> !r.id().equals("8-not-at-all")))
                .allSatisfy(r -> {
                    assertThat(r.byDefault()).as(r.id()).isTrue();
                    assertThat(r.rule()).as(r.id()).startsWith("Reading " + r.id() + ":");
                });
    }

    @Test
    void anUnknownReadingOrAlternativeIsNamedWithWhatWouldDo() {
        FactSet unknown = new FactSet(java.time.LocalDate.of(1963, 1, 7), List.of(), Map.of("8-not-at-al", "both"));
        assertThatThrownBy(() -> EVALUATOR.evaluate(unknown))
                .isInstanceOf(InvalidFactSetException.class)
                .satisfies(e -> {
                    var problem = ((InvalidFactSetException) e).problems().get(0);
                    assertThat(problem.pointer()).isEqualTo("/readings/8-not-at-al");
                    assertThat(problem.detail())
                            .contains("unknown reading '8-not-at-al'")
                            .contains("'8-not-at-all'");
                });
        FactSet alternative =
                new FactSet(java.time.LocalDate.of(1963, 1, 7), List.of(), Map.of("8-not-at-all", "both-refuse"));
        assertThatThrownBy(() -> EVALUATOR.evaluate(alternative))
                .isInstanceOf(InvalidFactSetException.class)
                .satisfies(e -> {
                    var problem = ((InvalidFactSetException) e).problems().get(0);
                    assertThat(problem.pointer()).isEqualTo("/readings/8-not-at-all");
                    assertThat(problem.detail())
                            .contains("has no alternative 'both-refuse'")
                            .contains("'both-refused'");
                    assertThat(problem.expected()).isEqualTo("one of no-acceptance, both-refused");
                });
    }
}
