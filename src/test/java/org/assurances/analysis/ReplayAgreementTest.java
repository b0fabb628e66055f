package org.assurances.analysis;

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
 * of that day gives: the engine's truth maintenance withdraws exactly what stops holding, and the history it keeps
 * (since when, violations) is the same however the session was moved.
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
        // Every day around a day on which something can change (the day before, the day, the day after), and one
        // day in thirty between them: between those days nothing changes, in the session or in an evaluation.
        java.util.TreeSet<LocalDate> checked = new java.util.TreeSet<>();
        for (LocalDate change : Session.days(scenario.facts()).keySet()) {
            checked.addAll(List.of(change.minusDays(1), change, change.plusDays(1)));
        }
        for (LocalDate day = first; !day.isAfter(scenario.asOf()); day = day.plusDays(30)) {
            checked.add(day);
        }
        checked.add(scenario.asOf());
        int days = 0;
        try (Session session = EVALUATOR.session(scenario.facts())) {
            for (LocalDate day : checked.subSet(first, true, scenario.asOf(), true)) {
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
