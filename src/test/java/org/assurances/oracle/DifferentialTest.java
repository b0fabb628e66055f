package org.assurances.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assurances.engine.Clause;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.engine.Value;
import org.assurances.facts.FactSet;

/**
 * The rules and the hand-written oracle agree on every determination and every condition of random
 * valid fact sets. CI runs the default number of tries (junit-platform.properties); the full run is
 * {@code ./mvnw test -Dtest=DifferentialTest -Djqwik.tries.default=10000}.
 */
class DifferentialTest {
    static final Evaluator RULES = new Evaluator();
    static final Oracle ORACLE = new Oracle();

    @Provide
    Arbitrary<FactSet> factSets() {
        return FactSets.factSets();
    }

    @Property(seed = "19621113")
    void theRulesAndTheOracleGiveTheSameStatusesAndValues(@ForAll("factSets") FactSet set) {
        Report report = RULES.evaluate(set);
        Oracle.Verdicts expected = ORACLE.evaluate(set);
        Map<Clause, Value> actual = report.clauses().stream()
                .collect(Collectors.toMap(Report.ConditionReport::id, Report.ConditionReport::value));
        assertThat(actual).as("clauses of %s", set).isEqualTo(expected.clauses());
        report.determinations()
                .forEach(d -> assertThat(d.status())
                        .as("%s of %s", d.id(), set)
                        .isEqualTo(expected.statuses().get(d.id())));
    }
}
