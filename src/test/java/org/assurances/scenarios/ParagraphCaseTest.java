package org.assurances.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assurances.engine.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paragraph cases of src/main/resources/cases, one small named fact set per lesson (as OpenFisca
 * writes its YAML tests): each gives the report written for it from the documents.
 */
class ParagraphCaseTest {
    static final ScenarioLibrary CASES = ScenarioLibrary.cases();
    static final Evaluator EVALUATOR = new Evaluator();

    static Stream<Scenario> cases() {
        return CASES.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCaseGivesItsExpectedReport(Scenario scenario) {
        Expectations.check(scenario, EVALUATOR.evaluate(scenario.factSet(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseHasASentenceNameACitationAndSomethingToCheck(Scenario scenario) {
        assertThat(scenario.kind()).isEqualTo(Scenario.Kind.CASE);
        assertThat(scenario.name()).as(scenario.id()).matches("[A-Z].{20,}[a-z0-9\")]");
        assertThat(scenario.description()).as(scenario.id()).containsPattern("[A-Z]+-\\d{4}|spec principle");
        Scenario.Expected e = scenario.expected();
        assertThat(e.statuses().size()
                        + e.conditions().size()
                        + e.formalized().size()
                        + (e.violations() == null ? 0 : 1))
                .as(scenario.id() + " expects something")
                .isPositive();
    }

    @Test
    void theIndexListsEveryCaseFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/cases"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(ScenarioLibrary.index("cases"));
        }
    }
}
