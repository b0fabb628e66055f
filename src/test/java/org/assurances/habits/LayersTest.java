package org.assurances.habits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One room per job, each using only the rooms below it: no class of src/main/java names a class of a room above its
 * own (by import or by its full name). The order, bottom up, is the README's.
 */
class LayersTest {
    static final List<List<String>> LAYERS = List.of(
            List.of("facts"),
            List.of("rules"),
            List.of("engine"),
            List.of("report"),
            List.of("scenarios"),
            List.of("edition"),
            List.of("analysis"),
            List.of("store"),
            List.of("service"),
            List.of("api", "api.problems", "cli"));
    static final Pattern NAMED = Pattern.compile("org\\.assurances\\.([a-z.]+)\\.[A-Z]");

    static int layer(String room) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(room)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void noClassNamesAClassOfARoomAboveItsOwn() throws IOException {
        Path root = Path.of("src/main/java/org/assurances");
        List<String> upward = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String room = root.relativize(p.getParent()).toString().replace('/', '.');
                if (layer(room) < 0) {
                    unknown.add(p.toString());
                    continue;
                }
                Matcher named = NAMED.matcher(Files.readString(p));
                while (named.find()) {
                    String other = named.group(1);
                    if (layer(other) < 0) {
                        unknown.add(p + " names " + other);
                    } else if (layer(other) > layer(room)) {
                        upward.add(p + " names a class of " + other);
                    }
                }
            }
        }
        assertThat(files).as("classes read").isGreaterThan(100);
        assertThat(unknown).as("classes outside every room").isEmpty();
        assertThat(upward).as("names that run back up the layers").isEmpty();
    }
}
