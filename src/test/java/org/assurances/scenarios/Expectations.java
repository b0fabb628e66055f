package org.assurances.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.assurances.engine.Report;

/** What a scenario or a paragraph case expects of its report, checked the same way for both. */
final class Expectations {
    private Expectations() {}

    static void check(Scenario scenario, Report report) {
        Scenario.Expected expected = scenario.expected();
        expected.statuses()
                .forEach((d, status) -> assertThat(report.determination(d).status())
                        .as(scenario.id() + " " + d)
                        .isEqualTo(status));
        expected.conditions()
                .forEach((c, value) -> assertThat(report.clauses())
                        .as(scenario.id() + " " + c)
                        .filteredOn(r -> r.id() == c)
                        .singleElement()
                        .extracting(Report.ConditionReport::value)
                        .isEqualTo(value));
        expected.formalized()
                .forEach((d, formalized) -> assertThat(report.determination(d).formalized())
                        .as(scenario.id() + " formalized " + d)
                        .isEqualTo(formalized));
        expected.formality()
                .forEach((d, formality) -> assertThat(report.determination(d).formality())
                        .as(scenario.id() + " formality " + d)
                        .isEqualTo(formality));
        if (expected.violations() != null) {
            assertThat(report.determinations())
                    .as(scenario.id() + " violations")
                    .filteredOn(d -> !d.violations().isEmpty())
                    .extracting(Report.DeterminationReport::id)
                    .containsExactlyInAnyOrderElementsOf(expected.violations());
        }
    }
}
