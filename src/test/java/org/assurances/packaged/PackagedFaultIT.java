package org.assurances.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Nothing answered is lost, tried on the packaged service as an operator meets the faults, each bounded to
 * seconds: a kill -9 under load (every answered decision id and every saved set is there after the restart), a
 * full disk (saves answer 503 with Retry-After, readiness is DOWN with the reason, evaluations go on, and all of
 * it heals once space is freed), a SIGTERM under load (every request sent is answered) and, at -Xmx256m, a stop
 * with thousands of decisions the database would not take (spilled in bounded memory, written at the next
 * start).
 */
class PackagedFaultIT extends Packaged {
    @Test
    void aKillMinus9UnderLoadLosesNoAnsweredDecisionOrSavedSet() throws Exception {
        killUnderLoad();
    }

    @Test
    void aSigtermUnderLoadAnswersEveryRequestSent() throws Exception {
        int port = freePort();
        Process service = start(port);
        Answers answers = new Answers();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = load(pool, 8, port, running, answers);
        Thread.sleep(1_500);
        long before =
                answers.statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        answers.stoppedAt = System.nanoTime();
        service.destroy(); // SIGTERM; the clients ignore readiness and keep sending
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        await(workers);
        pool.shutdown();
        long after =
                answers.statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(after - before).as("requests answered during the stop").isPositive();
        // While the service still serves (the 3 s shutdown delay: readiness DOWN), every request is answered. At the
        // very end the server closes with requests still coming from clients that ignore readiness and the 503s:
        // those in flight at that instant are cut off (printed, not hidden; docs/operations.md).
        assertThat(answers.cutOffInDelay)
                .as("requests sent during the shutdown delay and never answered")
                .isEmpty();
        System.out.printf(
                "SIGTERM under load: %d answered during the stop (%s), %d refused connections after the close, %d cut"
                        + " off at the close: %s%n",
                after - before, answers.statuses, answers.refused.get(), answers.cutOff.size(), answers.cutOff);
        assertThat(answers.statuses.keySet())
                .as("statuses answered (a 503 once the server stops taking requests)")
                .isSubsetOf(200, 201, 503);
        assertThat(answers.count(200) + answers.count(201))
                .as("decisions answered, every one logged")
                .isEqualTo(answers.decisions.size() + answers.unlogged.get());
    }

    /** The status readiness gives its check "records writable". */
    static String writable(HttpResponse<String> ready) throws IOException {
        for (com.fasterxml.jackson.databind.JsonNode check :
                JSON.readTree(ready.body()).get("checks")) {
            if (check.get("name").asText().equals("records writable")) {
                return check.get("status").asText();
            }
        }
        return null;
    }

    /**
     * The data folder on a 3 MiB tmpfs of its own (a private mount namespace: nothing on this machine is
     * touched), a 600 KiB ballast file in it. Saves fill it; then the ballast is deleted from outside through
     * /proc/PID/root.
     */
    @Test
    void aFullDiskIsReportedAnsweredWith503AndHealsOnceSpaceIsFreed() throws Exception {
        boolean can =
                Path.of("/usr/bin/unshare").toFile().canExecute() && "root".equals(System.getProperty("user.name"));
        if (!can) {
            assertThat(System.getenv("CI"))
                    .as("under CI the full-disk test must run: it needs root and unshare")
                    .isNull();
            Assumptions.assumeTrue(false, "the full-disk test needs root and unshare (util-linux)");
        }
        Path data = home.resolve("small");
        Files.createDirectories(data);
        int port = freePort();
        Process service = start(
                List.of(
                        "unshare",
                        "-m",
                        "--propagation",
                        "private",
                        "sh",
                        "-c",
                        "mount -t tmpfs -o size=3m tmpfs \"$0\" && head -c 600k /dev/zero > \"$0/ballast\""
                                + " && exec \"$@\"",
                        data.toString()),
                port,
                "-Dassurances.data-dir=" + data);
        long pid = service.toHandle()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .map(ProcessHandle::pid)
                .orElse(service.pid());
        String big = "x".repeat(3_000);
        int saved = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 400 && refused == null; i++) {
            HttpResponse<String> r =
                    post(port, "/fact-sets", SAVE.formatted(i, 13, i).replace("load " + i + "\"}", big + i + "\"}"));
            if (r.statusCode() == 201) {
                saved++;
            } else {
                refused = r;
            }
        }
        assertThat(refused).as("a save refused once the disk is full").isNotNull();
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        // The write probe answers at most once a second: the next probe after the refusal says DOWN.
        HttpResponse<String> ready = send(port, HttpRequest.newBuilder().GET(), "/q/health/ready");
        for (int i = 0; i < 30 && "UP".equals(writable(ready)); i++) {
            Thread.sleep(100);
            ready = send(port, HttpRequest.newBuilder().GET(), "/q/health/ready");
        }
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("records writable", "DOWN", "\"reason\": \"writing to the database");
        HttpResponse<String> evaluated = post(port, "/evaluations", EVALUATION.formatted(13, 1));
        assertThat(evaluated.statusCode()).as("an evaluation on a full disk").isEqualTo(200);
        assertThat(evaluated.headers().firstValue("Decision-Id"))
                .as("no id for a decision the log cannot write")
                .isEmpty();
        assertThat(evaluated.headers().firstValue("Decision-Logged")).hasValue("false");

        Files.delete(Path.of("/proc/" + pid + "/root" + data + "/ballast"));
        long freed = System.nanoTime();
        HttpResponse<String> again = null;
        while (System.nanoTime() - freed < 10_000_000_000L) {
            again = post(port, "/fact-sets", SAVE.formatted(999, 13, 999));
            if (again.statusCode() == 201) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(again.statusCode())
                .as("a save within 10 s of the space freed")
                .isEqualTo(201);
        assertThat(send(port, HttpRequest.newBuilder().GET(), "/q/health/ready").statusCode())
                .isEqualTo(200);
        HttpResponse<String> list = send(port, HttpRequest.newBuilder().GET(), "/fact-sets?size=1");
        assertThat(JSON.readTree(list.body()).get("total").asInt())
                .as("every set answered 201, before the disk filled and after")
                .isEqualTo(saved + 1);
    }
}
