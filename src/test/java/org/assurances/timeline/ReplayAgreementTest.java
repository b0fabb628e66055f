package org.assurances.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Session;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long-lived session moved forward day by day gives, on every day, the very report a fresh evaluation
 * of that day gives: the engine's truth maintenance withdraws exactly what stops holding.
 */
class ReplayAgreementTest {
    static final Evaluator EVALUATOR = new Evaluator();

    static Stream<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>(new ScenarioLibrary().all());
        all.addAll(ScenarioLibrary.cases().all());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyDayOfTheReplayEqualsAFreshEvaluationOfThatDay(Scenario scenario) {
        LocalDate first = scenario.facts().stream()
                .map(Fact::date)
                .filter(d -> d != null)
                .min(LocalDate::compareTo)
                .orElse(scenario.asOf())
                .minusDays(2);
        int days = 0;
        try (Session session = EVALUATOR.session(scenario.facts())) {
            for (LocalDate day = first; !day.isAfter(scenario.asOf()); day = day.plusDays(1)) {
                session.advance(day);
                assertThat(session.report())
                        .as(scenario.id() + " on " + day)
                        .isEqualTo(EVALUATOR.evaluate(new FactSet(day, scenario.facts())));
                days++;
            }
        }
        assertThat(days).isPositive();
    }
}
