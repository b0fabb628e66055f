package org.assurances.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assurances.engine.Rulebook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fastest form the README names: the AOT layout (target/aot) on a JDK 25 with the cache ./mvnw package trained
 * for it. The JVM is told to use the cache or stop (-XX:AOTMode=on), so a cache that no longer fits the build or
 * the JDK fails here instead of being ignored with a warning. Skipped, with a line saying why, where no JDK 25 is
 * installed; required under CI (CI=true) or with ASSURANCES_AOT_REQUIRED=1.
 */
class PackagedAotIT extends Packaged {
    static final Path AOT_JAR = Path.of("target", "aot", "quarkus-run.jar").toAbsolutePath();
    static final Path CACHE = AOT_JAR.resolveSibling("app.aot");
    static final String NOV_13;

    static {
        try {
            NOV_13 = Files.readString(Path.of("bench", "nov13.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theAotLayoutStartsOnItsCacheAndAnswersAsThePlainJarDoes() throws Exception {
        Optional<Path> jdk25 = jdk25();
        boolean required =
                "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("ASSURANCES_AOT_REQUIRED"));
        if (jdk25.isEmpty()) {
            assertThat(required)
                    .as("under CI the AOT form must be tested: no JDK 25 or later found ($AOT_JAVA_HOME, /usr/lib/jvm)")
                    .isFalse();
            Assumptions.assumeTrue(
                    false, "no JDK 25 or later here ($AOT_JAVA_HOME, /usr/lib/jvm): AOT form not tested");
        }
        assertThat(CACHE)
                .as("the AOT cache ./mvnw package trains where a JDK 25 is installed")
                .exists();

        int port = freePort();
        String java = jdk25.get().resolve("bin").resolve("java").toString();
        start(
                List.of(),
                java,
                AOT_JAR,
                port,
                "-XX:AOTCache=" + CACHE,
                "-XX:AOTMode=on",
                "-XX:CompileThresholdScaling=2");
        HttpResponse<String> answered = post(port, "/evaluations", NOV_13);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        var report = JSON.readTree(answered.body());
        assertThat(report.get("decisionId").asText()).as("logged").isNotBlank();
        assertThat(report.get("rulebook").asText())
                .as("the same rulebook as the plain jar's")
                .isEqualTo(Rulebook.VERSION);
        java.util.Map<String, String> statuses = new java.util.HashMap<>();
        report.get("determinations")
                .forEach(d -> statuses.put(d.get("id").asText(), d.get("status").asText()));
        assertThat(statuses)
                .as("the answer of 13 Nov 1962 the README shows")
                .containsEntry("QUARANTINE_LIFT", "UNDETERMINED")
                .containsEntry("NON_INVASION", "NOT_BINDING")
                .containsEntry("AIR_SURVEILLANCE", "BINDING")
                .hasSize(7);
        // What waits for the first answer comes after it: the rulebook registered, the JVM's meters bound.
        awaitStatus(port, "/rulebooks/" + Rulebook.VERSION, 200);
        String metrics = "";
        for (int i = 0; i < 100 && !metrics.contains("\njvm_memory_used_bytes"); i++) {
            Thread.sleep(100);
            metrics = send(port, HttpRequest.newBuilder().GET(), "/q/metrics").body();
        }
        assertThat(metrics).contains("\njvm_memory_used_bytes").contains("\nassurances_evaluations_seconds_count");
        assertThat(log()).as("the JVM took the cache without a complaint").doesNotContain("[aot]");
    }

    private static void awaitStatus(int port, String path, int status) throws Exception {
        int seen = 0;
        for (int i = 0; i < 100; i++) {
            seen = send(port, HttpRequest.newBuilder().GET(), path).statusCode();
            if (seen == status) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " answered " + seen + ", not " + status + ", for 10 s");
    }

    /** As bench/training.sh finds it: $AOT_JAVA_HOME, else the newest JDK 25 or later under /usr/lib/jvm. */
    static Optional<Path> jdk25() throws IOException {
        String given = System.getenv("AOT_JAVA_HOME");
        if (given != null && !given.isBlank() && major(Path.of(given)) >= 25) {
            return Optional.of(Path.of(given));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .filter(home -> major(home) >= 25)
                    .max(java.util.Comparator.comparingInt(PackagedAotIT::major));
        }
    }

    /** The feature release of the JDK at {@code home}, from its release file (0 when unreadable). */
    static int major(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
