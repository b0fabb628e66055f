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
                .forEach((c, value) -> assertThat(report.conditions())
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
        expected.bindingSince()
                .forEach((d, day) -> assertThat(report.determination(d).bindingSince())
                        .as(scenario.id() + " bindingSince " + d)
                        .isEqualTo(day));
        for (Scenario.ExpectedViolation v : expected.violated()) {
            assertThat(report.determination(v.determination()).violations())
                    .as(scenario.id() + " violations of " + v.determination())
                    .anySatisfy(actual -> {
                        assertThat(actual.incident()).isEqualTo(v.incident());
                        assertThat(actual.date()).isEqualTo(v.date());
                        assertThat(actual.boundFrom()).isEqualTo(v.boundFrom());
                    });
        }
        expected.trail().forEach((id, trail) -> {
            boolean determination = java.util.Arrays.stream(org.assurances.rules.Determination.values())
                    .anyMatch(d -> d.name().equals(id));
            String rule;
            String reason;
            java.util.List<Integer> facts;
            if (determination) {
                Report.DeterminationReport d = report.determination(org.assurances.rules.Determination.valueOf(id));
                rule = d.rule();
                reason = d.reason();
                facts = d.conditions().stream()
                        .filter(c -> c.value() == org.assurances.rules.Logic.value(d.status()))
                        .flatMap(c -> c.facts().stream())
                        .distinct()
                        .sorted()
                        .toList();
            } else {
                Report.ConditionReport c = report.condition(org.assurances.rules.Condition.valueOf(id));
                rule = c.rule();
                reason = c.reason();
                facts = c.facts();
            }
            if (trail.reason() != null) {
                assertThat(reason).as(scenario.id() + " the reason of " + id).contains(trail.reason());
            }
            assertThat(rule).as(scenario.id() + " the rule that decided " + id).isEqualTo(trail.rule());
            if (trail.facts() != null) {
                assertThat(facts)
                        .as(scenario.id() + " the facts that decided " + id)
                        .isEqualTo(trail.facts());
            }
        });
        if (expected.violations() != null) {
            assertThat(report.determinations())
                    .as(scenario.id() + " violations")
                    .filteredOn(d -> !d.violations().isEmpty())
                    .extracting(Report.DeterminationReport::id)
                    .containsExactlyInAnyOrderElementsOf(expected.violations());
        }
    }
}
