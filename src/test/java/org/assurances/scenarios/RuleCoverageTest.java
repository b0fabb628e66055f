package org.assurances.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assurances.engine.Evaluator;
import org.junit.jupiter.api.Test;

/** Every rule fires in some paragraph case or scenario; the table is written to target/rule-coverage.md. */
class RuleCoverageTest {
    @Test
    void everyRuleFiresInSomeCaseOfTheCorpus() throws IOException {
        List<Scenario> corpus = new ArrayList<>(ScenarioLibrary.cases().all());
        corpus.addAll(new ScenarioLibrary().all());
        Coverage coverage = Coverage.of(new Evaluator(), corpus);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/rule-coverage.md"), coverage.markdown());
        assertThat(coverage.unfired())
                .as("rules that no case fires: add a paragraph case in src/main/resources/cases")
                .extracting(Coverage.Row::rule)
                .isEmpty();
        assertThat(coverage.rules()).hasSizeGreaterThan(60);
    }
}
