package org.assurances.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assurances.engine.Evaluator;
import org.assurances.engine.RuleIndex;
import org.assurances.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** The woven edition holds the whole rulebook, and docs/edition.md is the one the rules give today. */
class EditionTest {
    static final Evaluator EVALUATOR = new Evaluator();
    static final Edition EDITION = Edition.of(
            EVALUATOR,
            ScenarioLibrary.cases(),
            new ScenarioLibrary(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()));
    static final Path COMMITTED = Path.of("docs/edition.md");

    @Test
    void everyParagraphOfTheMemoIsThereInOrderWithItsText() {
        assertThat(EDITION.sections().subList(0, 10))
                .extracting(Edition.Section::anchor)
                .containsExactly(
                        "para-1",
                        "para-2",
                        "para-3",
                        "para-4",
                        "para-5",
                        "para-6",
                        "para-7",
                        "para-8",
                        "para-9",
                        "para-last");
        for (Edition.Section s : EDITION.sections().subList(0, 10)) {
            assertThat(s.text()).as(s.title() + " has its verbatim text").isNotEmpty();
        }
        assertThat(EDITION.sections().get(1).text().get(0).text()).startsWith("2. The President decided");
        assertThat(EDITION.sections().get(3).text())
                .extracting(Edition.Passage::text)
                .anySatisfy(t -> assertThat(t).startsWith("(b) From the Cubans"));
        assertThat(EDITION.sections().get(9).text().get(0).text()).contains("He will have prevented nuclear war");
    }

    @Test
    void everyRuleQuoteAndReadingIsInIt() {
        String md = EditionMarkdown.of(EDITION);
        for (RuleIndex.RuleText rule : EVALUATOR.index().rules()) {
            assertThat(md).as("rule " + rule.name()).contains(rule.words());
            if (rule.quote() != null) {
                assertThat(md).as("quote of " + rule.name()).contains(rule.quote());
            }
        }
        for (RuleIndex.ReadingText reading : EVALUATOR.index().readings()) {
            assertThat(md)
                    .as("reading " + reading.id())
                    .contains("<a id=\"reading-" + reading.id() + "\">")
                    .contains(reading.question())
                    .contains(reading.byDefault().gloss())
                    .contains(reading.other().gloss());
        }
        for (Edition.Section s : EDITION.sections()) {
            for (Edition.ReadingEntry r : s.readings()) {
                assertThat(r.changes())
                        .as(r.reading().id() + ": what its other alternative changes")
                        .isNotEmpty();
            }
        }
    }

    @Test
    void theCommittedEditionIsCurrent() throws IOException {
        String now = EditionMarkdown.of(EDITION);
        if (Boolean.getBoolean("edition.update")) {
            Files.writeString(COMMITTED, now);
        }
        assertThat(Files.readString(COMMITTED))
                .as("docs/edition.md is stale: ./mvnw test -Dtest=EditionTest -Dedition.update=true")
                .isEqualTo(now);
    }
}
