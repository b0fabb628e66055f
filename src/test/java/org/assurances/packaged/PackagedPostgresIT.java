package org.assurances.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The packaged service on PostgreSQL, as the Kubernetes manifest deploys it: two replicas on one database
 * (the throw-away cluster of .ci/postgres), and a stop with thousands of decisions buffered while the database
 * is down, at -Xmx256m.
 */
@EnabledIf("org.assurances.postgres.Postgres#enabled")
class PackagedPostgresIT extends Packaged {
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("ASSURANCES_PG_PORT", "25432"));
    static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/assurances";
    static final String[] PG = {"-Dquarkus.profile=pg", "-Dassurances.postgresql.url=" + URL};

    static void postgres(String command) throws Exception {
        Process p = new ProcessBuilder("bash", Path.of(".ci", "postgres").toString(), command)
                .inheritIO()
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as(".ci/postgres " + command)
                .isTrue();
    }

    @AfterEach
    void postgresBack() throws Exception {
        postgres("start");
    }

    static long count(String sql, Object... args) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "assurances", "assurances");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static HttpResponse<String> put(int port, String path, String body, String ifMatch) throws Exception {
        return send(
                port,
                HttpRequest.newBuilder()
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header("If-Match", ifMatch),
                path);
    }

    static String set(String name, int day) {
        return "{\"name\":\"" + name + "\",\"factSet\":{\"asOf\":\"1962-11-" + day + "\",\"facts\":[{\"type\":"
                + "\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"REMOVED\",\"date\":\"1962-11-11\"}]}}";
    }

    @Test
    void aKillMinus9UnderLoadLosesNoAnsweredDecisionOrSavedSet() throws Exception {
        killUnderLoad(PG);
    }

    @Test
    void twoReplicasShareOneDatabase() throws Exception {
        int a = freePort();
        int b = freePort();
        start(a, PG);
        start(b, PG);

        // A set saved through one replica is revised through the other; a stale revision is refused on both.
        HttpResponse<String> saved = post(a, "/fact-sets", set("Two replicas", 13));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        String id = JSON.readTree(saved.body()).get("id").asText();
        HttpResponse<String> revised = put(b, "/fact-sets/" + id, set("Two replicas, revised", 14), "\"1\"");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(revised.headers().firstValue("ETag")).hasValue("\"2\"");
        HttpResponse<String> stale = put(a, "/fact-sets/" + id, set("Two replicas, stale", 15), "\"1\"");
        assertThat(stale.statusCode())
                .as("a stale If-Match on the other replica")
                .isEqualTo(412);
        HttpResponse<String> read = send(a, HttpRequest.newBuilder().GET(), "/fact-sets/" + id);
        assertThat(JSON.readTree(read.body()).get("name").asText()).isEqualTo("Two replicas, revised");
        HttpResponse<String> fromB = post(b, "/fact-sets", set("Saved through B", 16));
        String idB = JSON.readTree(fromB.body()).get("id").asText();

        // Decisions from both are in the one log, with unique ids, and each replica finds the other's.
        List<String> ids = new ArrayList<>();
        String rulebook = null;
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> r = post(
                    i % 2 == 0 ? a : b, "/evaluations", "{\"asOf\":\"1962-11-" + (10 + i % 18) + "\",\"facts\":[]}");
            assertThat(r.statusCode()).isEqualTo(200);
            ids.add(r.headers().firstValue("Decision-Id").orElseThrow());
            rulebook = JSON.readTree(r.body()).get("rulebook").asText();
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            HttpResponse<String> d =
                    send(i % 2 == 0 ? b : a, HttpRequest.newBuilder().GET(), "/decisions/" + ids.get(i));
            assertThat(d.statusCode())
                    .as("decision " + ids.get(i) + " read through the other replica")
                    .isEqualTo(200);
        }
        assertThat(count("SELECT COUNT(*) FROM decision WHERE id = ANY (?)", (Object) ids.toArray(String[]::new)))
                .isEqualTo(ids.size());

        // Both registered the same rulebook, once.
        assertThat(count("SELECT COUNT(*) FROM rulebook WHERE id = ?", rulebook))
                .isEqualTo(1);
        HttpResponse<String> running = send(a, HttpRequest.newBuilder().GET(), "/rulebooks/running");
        HttpResponse<String> runningB = send(b, HttpRequest.newBuilder().GET(), "/rulebooks/running");
        assertThat(JSON.readTree(running.body()).get("id").asText()).isEqualTo(rulebook);
        assertThat(JSON.readTree(runningB.body()).get("id").asText()).isEqualTo(rulebook);

        // The regression diff asked of one replica sees the sets saved through both.
        HttpResponse<String> diff = send(a, HttpRequest.newBuilder().GET(), "/regressions?from=" + rulebook);
        assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
        Set<String> compared = new HashSet<>();
        JsonNode result = JSON.readTree(diff.body());
        result.get("unchanged").forEach(c -> compared.add(c.get("id").asText()));
        result.get("changed").forEach(c -> compared.add(c.get("of").get("id").asText()));
        assertThat(compared).contains(id, idB);
    }

    @Test
    void aStopWithThousandsOfDecisionsTheDatabaseWouldNotTakeSpillsThemAndTheNextStartWritesThem() throws Exception {
        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC"));
        options.addAll(List.of(PG));
        int port = freePort();
        Process service = start(port, options.toArray(String[]::new));
        long before = count("SELECT COUNT(*) FROM decision WHERE origin = 'POSTED'");
        postgres("stop");
        int sets = 0;
        for (int batch = 0; batch < 9; batch++) {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < 1000; i++) {
                body.append(i == 0 ? "" : ",")
                        .append("{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\","
                                + "\"status\":\"REMOVED\",\"date\":\"1962-11-11\",\"source\":\"spill ")
                        .append(batch * 1000 + i)
                        .append("\"}]}");
            }
            HttpResponse<String> r =
                    post(port, "/evaluations/batch", body.append(']').toString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body().lines().count()).isEqualTo(1000);
            sets += 1000;
        }
        stop(service);
        String log = log();
        assertThat(log).doesNotContain("OutOfMemoryError");
        Path spill = home.resolve("data").resolve("decision-log-pending.ndjson");
        assertThat(spill).as(log).exists();
        long spilled;
        try (var lines = Files.lines(spill)) {
            spilled = lines.count();
        }
        assertThat(spilled).as("entries kept at the stop").isGreaterThanOrEqualTo(sets);

        postgres("start");
        start(port, options.toArray(String[]::new));
        long deadline = System.currentTimeMillis() + 30_000;
        long after = 0;
        while (System.currentTimeMillis() < deadline) {
            after = count("SELECT COUNT(*) FROM decision WHERE origin = 'POSTED'");
            if (after - before >= sets) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(after - before).as("decisions written after the restart").isGreaterThanOrEqualTo(sets);
        assertThat(spill).as("the spill, once written, is gone").doesNotExist();
    }
}
