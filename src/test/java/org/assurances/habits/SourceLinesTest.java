package org.assurances.habits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lines of Java and DRL stay within 120 characters (the formatter wraps code; quotes and names are wrapped by hand).
 */
class SourceLinesTest {
    static final int LIMIT = 120;

    @Test
    void noLineOfJavaOrDrlIsLongerThan120Characters() throws IOException {
        List<String> tooLong = new ArrayList<>();
        int files = 0;
        for (String root : List.of("src/main/java", "src/test/java", "src/main/resources/rules")) {
            try (Stream<Path> paths = Files.walk(Path.of(root))) {
                for (Path p : paths.filter(p ->
                                p.toString().endsWith(".java") || p.toString().endsWith(".drl"))
                        .toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(p);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).length() > LIMIT) {
                            tooLong.add(p + ":" + (i + 1) + " (" + lines.get(i).length() + ")");
                        }
                    }
                }
            }
        }
        assertThat(files).as("files read").isGreaterThan(100);
        assertThat(tooLong).as("lines over " + LIMIT + " characters").isEmpty();
    }
}
