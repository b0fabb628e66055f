package org.assurances.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.rules.Condition;
import org.assurances.rules.Value;

/**
 * The rules and the hand-written oracle agree on every determination and every condition of random
 * valid fact sets, on since when each binding determination binds, and on every violation (spec 7). CI runs
 * the default number of tries (junit-platform.properties); the full run is
 * {@code ./mvnw test -Dtest=DifferentialTest -Djqwik.tries.default=10000}.
 */
class DifferentialTest {
    static final Evaluator RULES = new Evaluator();
    static final Oracle ORACLE = new Oracle();

    @Provide
    Arbitrary<FactSet> factSets() {
        return FactSets.factSets();
    }

    @Provide
    Arbitrary<FactSet> histories() {
        return FactSets.histories();
    }

    @Property(seed = "19621113")
    void theRulesAndTheOracleGiveTheSameStatusesAndValues(@ForAll("factSets") FactSet set) {
        agree(set);
    }

    /** Histories in which assurances bind, lapse and are invaded: since when and violations are put to the test. */
    @Property(seed = "19621027")
    void theRulesAndTheOracleAgreeOnHistoriesWhereAssurancesBind(@ForAll("histories") FactSet set) {
        agree(set);
    }

    private static void agree(FactSet set) {
        Report report = RULES.evaluate(set);
        Oracle.Verdicts expected = ORACLE.evaluate(set);
        Map<Condition, Value> actual = report.conditions().stream()
                .collect(Collectors.toMap(Report.ConditionReport::id, Report.ConditionReport::value));
        assertThat(actual).as("clauses of %s", set).isEqualTo(expected.conditions());
        report.determinations()
                .forEach(d -> assertThat(d.status())
                        .as("%s of %s", d.id(), set)
                        .isEqualTo(expected.statuses().get(d.id())));
        report.determinations()
                .forEach(d -> assertThat(d.bindingSince())
                        .as("bindingSince of %s in %s", d.id(), set)
                        .isEqualTo(expected.bindingSince().get(d.id())));
        List<Oracle.Violation> violations = new ArrayList<>();
        report.determinations()
                .forEach(d -> d.violations()
                        .forEach(v ->
                                violations.add(new Oracle.Violation(d.id(), v.incident(), v.date(), v.boundFrom()))));
        assertThat(violations).as("violations in %s", set).containsExactlyInAnyOrderElementsOf(expected.violations());
        // A snapshot (one step to the day, no history) gives the same statuses and values: what the search compares.
        Report snapshot = RULES.snapshot(set);
        assertThat(snapshot.conditions()).as("snapshot conditions of %s", set).isEqualTo(report.conditions());
        assertThat(snapshot.determinations().stream().map(Report.DeterminationReport::status))
                .as("snapshot statuses of %s", set)
                .containsExactlyElementsOf(report.determinations().stream()
                        .map(Report.DeterminationReport::status)
                        .toList());
        // How often the history matters, printed with the run: a test that never met a violation would prove little.
        Statistics.label("a violation").collect(!violations.isEmpty());
        Statistics.label("a binding determination other than air surveillance")
                .collect(expected.bindingSince().keySet().stream()
                        .anyMatch(d -> d != org.assurances.rules.Determination.AIR_SURVEILLANCE));
    }
}
