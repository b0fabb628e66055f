package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
            assertThat(cited).as(file + ": rules with @source right after the name").isEqualTo(rules);
            assertThat(text).as(file + " opens with the quoted source").containsPattern("(?s)^package[^\\n]*\\n[^\\n]*\\n.*// =+\\n// [A-Z]");
        }
    }

    @Test
    void everyRuleNameFitsTheFileNameDroolsGeneratesFromIt() {
        for (String file : Rulebook.FILES) {
            RULE.matcher(Rulebook.text(file)).results().map(r -> r.group(1)).forEach(name -> {
                int encoded = name.chars().map(c -> Character.isLetterOrDigit(c) ? 1 : 1 + String.valueOf(c).length()).sum();
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
                String paras = segment.substring(key + "ASSURANCES-1962-11-13".length()).split(":")[0]
                        .replace("last paragraph", "last").replace("paras", "").replace("para", "");
                for (String token : paras.split(",")) {
                    cited.add(token.trim().split("[ (]")[0]);
                }
            }
        }
        assertThat(cited).contains("1", "2", "3", "4", "5", "6", "7", "8", "9", "last");
    }

    private static List<String> sources() {
        return Rulebook.FILES.stream().flatMap(f -> RULE.matcher(Rulebook.text(f)).results().map(r -> r.group(2))).toList();
    }
}
