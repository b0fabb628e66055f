package org.assurances.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assurances.facts.StrictJson;

/**
 * The scenarios shipped in src/main/resources/scenarios, listed in its index.txt in teaching order; and,
 * in the same format, the paragraph cases of src/main/resources/cases ({@link #cases()}).
 */
public final class ScenarioLibrary {
    private final List<Scenario> scenarios;

    public ScenarioLibrary() {
        this(StrictJson.configure(new ObjectMapper()));
    }

    public ScenarioLibrary(ObjectMapper mapper) {
        this(mapper, "scenarios");
    }

    private ScenarioLibrary(ObjectMapper mapper, String folder) {
        List<Scenario> all = new ArrayList<>();
        for (String file : index(folder)) {
            try (InputStream in = resource(folder + "/" + file)) {
                Scenario s = mapper.readValue(in, Scenario.class);
                String id = file.replaceFirst("\\.json$", "");
                all.add(new Scenario(
                        id,
                        s.name(),
                        s.description(),
                        s.kind(),
                        s.asOf(),
                        s.until(),
                        s.facts(),
                        s.readings(),
                        s.expected(),
                        s.transitions()));
            } catch (IOException e) {
                throw new UncheckedIOException(folder + "/" + file + ": " + e.getMessage(), e);
            }
        }
        this.scenarios = List.copyOf(all);
    }

    public List<Scenario> all() {
        return scenarios;
    }

    public Optional<Scenario> find(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The paragraph cases: small named fact sets, one lesson each, that the rule coverage is measured on. */
    public static ScenarioLibrary cases() {
        return new ScenarioLibrary(StrictJson.configure(new ObjectMapper()), "cases");
    }

    public static List<String> index() {
        return index("scenarios");
    }

    public static List<String> index(String folder) {
        try (InputStream in = resource(folder + "/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the classpath");
        }
        return in;
    }
}
