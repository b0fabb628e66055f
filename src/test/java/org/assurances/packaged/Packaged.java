package org.assurances.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The packaged service started as a user starts it (java -jar), in a fresh folder, and what its tests share. */
abstract class Packaged {
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @TempDir
    Path home;

    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll(org.junit.jupiter.api.TestInfo test) throws IOException {
        started.forEach(Process::destroyForcibly);
        // The services' logs outlive the temporary folder, for a failure to be read.
        Path kept = Path.of(
                "target", "packaged-logs", test.getTestMethod().orElseThrow().getName());
        Files.createDirectories(kept);
        for (int i = 0; i < started.size(); i++) {
            Path log = home.resolve("service-" + i + ".log");
            if (Files.exists(log)) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    Process start(int port, String... settings) throws Exception {
        return start(List.of(), port, settings);
    }

    /** Starts the service with {@code prefix} before the java command (e.g. a mount namespace), and waits for ready. */
    Process start(List<String> prefix, int port, String... settings) throws Exception {
        assertThat(JAR).as("the packaged service (./mvnw package)").exists();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java(), "-Dquarkus.http.port=" + port));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", JAR.toString()));
        Process p = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        home.resolve("service-" + started.size() + ".log").toFile())
                .start();
        started.add(p);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (send(port, HttpRequest.newBuilder().GET(), "/q/health/ready")
                                .statusCode()
                        == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // starting
            }
            assertThat(p.isAlive()).as(() -> "the service exited: " + log()).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the service was not ready within 60 s: " + log());
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS))
                .as("the service stops on SIGTERM")
                .isTrue();
    }

    String log() {
        try {
            return Files.readString(home.resolve("service-" + (started.size() - 1) + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    static HttpResponse<String> send(int port, HttpRequest.Builder request, String path) throws Exception {
        return HTTP.send(
                request.uri(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
