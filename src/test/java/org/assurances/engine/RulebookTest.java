package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assurances.rules.Condition;
import org.junit.jupiter.api.Test;

/** The rulebook read as text: every rule cited, every paragraph of the memo encoded. */
class RulebookTest {
    static final Path FOLDER = Path.of("src/main/resources/rules");
    static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"\\s*\\n\\s*@source\\(\"([^\"]+)\"\\)");
    static final String KEYS = "(ASSURANCES-1962-11-13|CIA-1962-10-29|KISSINGER-1970|STATE-1962-10-29|CIA-OCI-3606-62)";

    @Test
    void theFolderHoldsExactlyTheListedFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")))
                    .containsExactlyInAnyOrderElementsOf(Rulebook.FILES);
        }
    }

    @Test
    void everyRuleHasASourceWithADocumentKeyAndANameEndingInItsCitation() {
        for (String file : Rulebook.FILES) {
            String text = Rulebook.text(file);
            long rules = text.lines().filter(l -> l.startsWith("rule \"")).count();
            Matcher m = RULE.matcher(text);
            int cited = 0;
            while (m.find()) {
                cited++;
                assertThat(m.group(2)).as(m.group(1)).containsPattern(KEYS);
                assertThat(m.group(1)).as("rule name").containsPattern("\\(" + KEYS + ".*\\)$");
            }
            assertThat(cited)
                    .as(file + ": rules with @source right after the name")
                    .isEqualTo(rules);
            assertThat(text)
                    .as(file + " opens with the quoted source")
                    .containsPattern("(?s)^package[^\\n]*\\n[^\\n]*\\n.*// =+\\n// [A-Z]");
        }
    }

    @Test
    void everyRuleNameFitsTheFileNameDroolsGeneratesFromIt() {
        for (String file : Rulebook.FILES) {
            RULE.matcher(Rulebook.text(file)).results().map(r -> r.group(1)).forEach(name -> {
                int encoded = name.chars()
                        .map(c -> Character.isLetterOrDigit(c)
                                ? 1
                                : 1 + String.valueOf(c).length())
                        .sum();
                // a 60-character prefix and ".java" leave about 190 of the 255 bytes a file name may have
                assertThat(encoded).as(name).isLessThanOrEqualTo(185);
            });
        }
    }

    @Test
    void everyParagraphOfTheMemoIsCitedByARule() {
        java.util.Set<String> cited = new java.util.TreeSet<>();
        for (String source : sources()) {
            for (String segment : source.split(";")) {
                int key = segment.indexOf("ASSURANCES-1962-11-13");
                if (key < 0) {
                    continue;
                }
                String paras = segment.substring(key + "ASSURANCES-1962-11-13".length())
                        .split(":")[0]
                        .replace("last paragraph", "last")
                        .replace("paras", "")
                        .replace("para", "");
                for (String token : paras.split(",")) {
                    cited.add(token.trim().split("[ (]")[0]);
                }
            }
        }
        assertThat(cited).contains("1", "2", "3", "4", "5", "6", "7", "8", "9", "last");
    }

    @Test
    void everyRuleNameEndsInExactlyItsOwnCitation() {
        for (RuleIndex.RuleText rule : Fixtures.EVALUATOR.index().rules()) {
            assertThat(rule.name())
                    .as("name and @source of a rule cannot disagree")
                    .endsWith(" (" + rule.source() + ")");
        }
    }

    @Test
    void everyRuleThatDecidesAConditionCitesThatConditionsParagraph() {
        RuleIndex index = Fixtures.EVALUATOR.index();
        for (RuleIndex.RuleText rule : index.rules()) {
            if (rule.decides() != null) {
                assertThat(rule.source())
                        .as(rule.name())
                        .isEqualTo(index.condition(Condition.valueOf(rule.decides()))
                                .source());
            }
        }
    }

    @Test
    void everyQuoteIsAVerbatimExcerptOfTheParagraphsAtTheHeadOfItsFile() {
        java.util.Map<String, String> files = Rulebook.files();
        int quotes = 0;
        for (RuleIndex.RuleText rule : Fixtures.EVALUATOR.index().rules()) {
            if (rule.quote() == null) {
                continue;
            }
            String text = Rulebook.text(files.get(rule.name()));
            String header =
                    normalize(text.substring(0, text.indexOf("\nrule \"")).replace("//", " "));
            for (String part : rule.quote().split("\\.\\.\\.")) {
                assertThat(header)
                        .as(rule.name() + ": quote '" + part.trim() + "'")
                        .contains(normalize(part));
                quotes++;
            }
        }
        assertThat(quotes).isGreaterThan(30);
    }

    @Test
    void everyReadingQuotesTheHeadOfItsFileOnBothSides() {
        java.util.Map<String, String> files = Rulebook.files();
        var readings = Fixtures.EVALUATOR.index().readings();
        assertThat(readings).hasSizeGreaterThanOrEqualTo(8);
        for (RuleIndex.ReadingText reading : readings) {
            String text = Rulebook.text(files.get(reading.rule()));
            String header =
                    normalize(text.substring(0, text.indexOf("\nrule \"")).replace("//", " "));
            assertThat(reading.rule())
                    .as("declaring rule of " + reading.id())
                    .startsWith("Reading " + reading.id() + ":");
            assertThat(reading.question()).as(reading.id()).endsWith("?");
            for (RuleIndex.Alternative a : reading.alternatives()) {
                assertThat(a.id()).as(reading.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
                assertThat(a.gloss()).as(reading.id() + " " + a.id()).isNotBlank();
                assertThat(header)
                        .as(reading.id() + " " + a.id() + ": quote '" + a.quote() + "'")
                        .contains(normalize(a.quote()));
            }
            String all = String.join(
                    "\n", Rulebook.FILES.stream().map(Rulebook::text).toList());
            // a reading no rule reads would change nothing (an alternative may work by absence: "pending")
            assertThat(reading.alternatives().stream()
                            .anyMatch(a -> all.contains(
                                    "/readings[ id == \"" + reading.id() + "\", alternative == \"" + a.id() + "\" ]")))
                    .as(reading.id() + ": a rule reads it")
                    .isTrue();
        }
    }

    @Test
    void noJavaSourceHoldsTheWordingOfAQuote() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.append(normalize(Files.readString(f))).append(' ');
            }
        }
        for (RuleIndex.RuleText rule : Fixtures.EVALUATOR.index().rules()) {
            for (String text : java.util.Arrays.asList(rule.quote(), rule.title())) {
                if (text == null) {
                    continue;
                }
                String[] words = normalize(text).split(" ");
                for (int i = 0; i + 8 <= words.length; i++) {
                    String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 8));
                    assertThat(sources.toString())
                            .as("Java holds text of '" + rule.name() + "'")
                            .doesNotContain(run);
                }
            }
        }
    }

    /** Whitespace collapsed and quotation marks made one, so a quote may span comment lines and nest quotes. */
    private static String normalize(String text) {
        return text.replace('"', '\'')
                .replace('\u201c', '\'')
                .replace('\u201d', '\'')
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static List<String> sources() {
        return Rulebook.FILES.stream()
                .flatMap(f -> RULE.matcher(Rulebook.text(f)).results().map(r -> r.group(2)))
                .toList();
    }
}
