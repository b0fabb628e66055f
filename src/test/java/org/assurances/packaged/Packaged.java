package org.assurances.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
        return start(prefix, java(), JAR, port, settings);
    }

    /** Starts {@code jar} on the JVM {@code java} with these settings, and waits until it is ready. */
    Process start(List<String> prefix, String java, Path jar, int port, String... settings) throws Exception {
        assertThat(jar).as("the packaged service (./mvnw package)").exists();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java, "-Dquarkus.http.port=" + port));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", jar.toString()));
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

    /** Posts the JSON {@code body} to {@code path}, with these more headers (name, value, ...). */
    static HttpResponse<String> post(int port, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(port, request, path);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    // ---- clients loading the service, for the fault tests

    static final String EVALUATION = "{\"asOf\":\"1962-11-%02d\",\"facts\":[{\"type\":\"weaponSystem\","
            + "\"system\":\"MRBM\",\"status\":\"REMOVED\",\"date\":\"1962-11-01\",\"source\":\"load %d\"}]}";
    static final String SAVE = "{\"name\":\"load %d\",\"factSet\":" + EVALUATION + "}";

    /** What a load of clients was answered. */
    static final class Answers {
        final Set<String> decisions = ConcurrentHashMap.newKeySet();
        final Set<String> saved = ConcurrentHashMap.newKeySet();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger unlogged = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final List<String> cutOff = java.util.Collections.synchronizedList(new ArrayList<>());
        /** Of those, the ones sent during the shutdown delay (up to 2.9 s after the stop's 3 s delay began). */
        final List<String> cutOffInDelay = java.util.Collections.synchronizedList(new ArrayList<>());
        /** When the stop was sent (System.nanoTime), or 0. */
        volatile long stoppedAt;

        String since() {
            return stoppedAt == 0
                    ? "before the stop"
                    : (System.nanoTime() - stoppedAt) / 1_000_000 + " ms after the stop";
        }

        int count(int status) {
            AtomicInteger n = statuses.get(status);
            return n == null ? 0 : n.get();
        }
    }

    /**
     * Clients posting evaluations (a different fact set each time) and, every fifth request, a save, until
     * {@code running} is cleared. A request whose connection was refused was never sent; any other I/O failure is
     * a request sent and not answered.
     */
    static List<Future<?>> load(ExecutorService pool, int clients, int port, AtomicBoolean running, Answers answers) {
        AtomicInteger counter = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    int n = counter.incrementAndGet();
                    boolean save = n % 5 == 0;
                    String body = save ? SAVE.formatted(n, 2 + n % 27, n) : EVALUATION.formatted(2 + n % 27, n);
                    HttpResponse<String> r;
                    long sent = System.nanoTime();
                    String sentWhen = answers.since();
                    long stoppedAt = answers.stoppedAt;
                    boolean inDelay = stoppedAt == 0 || sent - stoppedAt < 2_900_000_000L;
                    try {
                        r = post(port, save ? "/fact-sets" : "/evaluations", body);
                    } catch (ConnectException e) {
                        answers.refused.incrementAndGet();
                        Thread.sleep(20);
                        continue;
                    } catch (IOException e) {
                        String what = e + " (sent " + sentWhen + ", failed after "
                                + (System.nanoTime() - sent) / 1_000_000 + " ms)";
                        answers.cutOff.add(what);
                        if (inDelay) {
                            answers.cutOffInDelay.add(what);
                        }
                        continue;
                    }
                    answers.statuses
                            .computeIfAbsent(r.statusCode(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (save && r.statusCode() == 201) {
                        answers.saved.add(JSON.readTree(r.body()).get("id").asText());
                    }
                    if (r.statusCode() == 503) {
                        // Refused while stopping (or with the database down): a problem that says so.
                        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                        assertThat(r.body()).containsAnyOf("problem:stopping", "problem:database-unavailable");
                    }
                    r.headers().firstValue("Decision-Id").ifPresent(answers.decisions::add);
                    if (save && r.statusCode() == 201) {
                        com.fasterxml.jackson.databind.JsonNode id =
                                JSON.readTree(r.body()).get("decisionId");
                        if (!id.isNull()) {
                            answers.decisions.add(id.asText());
                        }
                    }
                    if (r.headers().firstValue("Decision-Logged").isPresent()) {
                        answers.unlogged.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        return workers;
    }

    static void await(List<Future<?>> workers) throws Exception {
        for (Future<?> w : workers) {
            w.get(60, TimeUnit.SECONDS);
        }
    }

    /**
     * Clients load the service until more than 100 decisions and 20 saves are answered (however long this machine
     * takes, up to a minute), it is killed (SIGKILL) while they still send, started again: every answer is found.
     */
    void killUnderLoad(String... settings) throws Exception {
        int port = freePort();
        Process service = start(port, settings);
        Answers answers = new Answers();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = load(pool, 8, port, running, answers);
        // A count, not a fixed time: a CI run on a busy machine answered 92 decisions in 3 s, where 146 is usual.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((answers.decisions.size() <= 100 || answers.saved.size() <= 20) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        service.destroyForcibly(); // SIGKILL while the clients are still sending
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        await(workers);
        pool.shutdown();
        assertThat(answers.decisions.size()).as("decision ids answered").isGreaterThan(100);
        assertThat(answers.saved.size()).as("saves answered 201").isGreaterThan(20);

        start(port, settings);
        List<String> lostSets = new ArrayList<>();
        for (String id : answers.saved) {
            if (send(port, HttpRequest.newBuilder().GET(), "/fact-sets/" + id).statusCode() != 200) {
                lostSets.add(id);
            }
        }
        List<String> lostDecisions = new ArrayList<>();
        for (String id : answers.decisions) {
            HttpResponse<String> d = send(port, HttpRequest.newBuilder().GET(), "/decisions/" + id);
            if (d.statusCode() != 200) {
                lostDecisions.add(id);
            }
        }
        System.out.printf(
                "kill -9 under load %s: %d decision ids and %d saves answered before the kill; lost: %d and %d%n",
                List.of(settings),
                answers.decisions.size(),
                answers.saved.size(),
                lostDecisions.size(),
                lostSets.size());
        assertThat(lostSets)
                .as("of " + answers.saved.size() + " saved sets answered 201")
                .isEmpty();
        assertThat(lostDecisions)
                .as("of " + answers.decisions.size() + " decision ids answered")
                .isEmpty();
    }
}
