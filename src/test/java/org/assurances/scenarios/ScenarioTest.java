package org.assurances.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario gives the report written for it from the documents. */
class ScenarioTest {
    static final ScenarioLibrary LIBRARY = new ScenarioLibrary();
    static final Evaluator EVALUATOR = new Evaluator();

    static Stream<Scenario> scenarios() {
        return LIBRARY.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theScenarioGivesItsExpectedReport(Scenario scenario) {
        Report report = EVALUATOR.evaluate(scenario.factSet(null));
        Expectations.check(scenario, report);
        assertThat(scenario.expected().statuses())
                .as("every determination is expected")
                .hasSize(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyFactHasASourceAndTheScenarioASentenceName(Scenario scenario) {
        assertThat(scenario.name()).as(scenario.id()).matches("[A-Z].{20,}[a-z0-9]");
        assertThat(scenario.description()).isNotBlank();
        scenario.facts()
                .forEach(f -> assertThat(f.source()).as(scenario.id() + " " + f).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void factsWrittenAsJsonReadBackTheSame(Scenario scenario) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json =
                org.assurances.facts.StrictJson.configure(new com.fasterxml.jackson.databind.ObjectMapper());
        String written = json.writerFor(
                        new com.fasterxml.jackson.core.type.TypeReference<
                                java.util.List<org.assurances.facts.Fact>>() {})
                .writeValueAsString(scenario.facts());
        assertThat(json.readValue(
                        written,
                        new com.fasterxml.jackson.core.type.TypeReference<
                                java.util.List<org.assurances.facts.Fact>>() {}))
                .isEqualTo(scenario.facts());
    }

    @Test
    void theLibraryHasEightHistoricalStatesAndFiveCounterfactualsAndTheIndexListsEveryFile() throws IOException {
        assertThat(LIBRARY.all())
                .filteredOn(s -> s.kind() == Scenario.Kind.HISTORICAL)
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(LIBRARY.all())
                .filteredOn(s -> s.kind() == Scenario.Kind.COUNTERFACTUAL)
                .hasSizeGreaterThanOrEqualTo(5);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/scenarios"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrderElementsOf(ScenarioLibrary.index());
        }
    }
}
