package org.assurances.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as a user runs it, with default settings, in a fresh folder: what is saved
 * survives a stop (SIGTERM) and a start, the decision log keeps what it was told before the stop, and the
 * regressions command runs beside the stopped service on the same files.
 */
class PackagedServiceIT extends Packaged {
    static final String SAVE =
            "{\"name\":\"Kept across restarts\",\"tags\":[\"restart\"],\"factSet\":{\"asOf\":\"1962-11-13\","
                    + "\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"REMOVED\""
                    + ",\"date\":\"1962-11-11\"}]}}";

    @Test
    void whatIsSavedSurvivesARestartOfThePackagedService() throws Exception {
        int port = freePort();
        Process first = start(port);
        HttpResponse<String> saved = post(port, "/fact-sets", SAVE);
        assertThat(saved.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(saved.body());
        String id = body.get("id").asText();
        String decision = body.get("decisionId").asText();
        stop(first);
        assertThat(home.resolve("data"))
                .as("the default data folder, created on first start")
                .isDirectory();

        start(port);
        HttpResponse<String> read = send(port, HttpRequest.newBuilder().GET(), "/fact-sets/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("factSet")).isEqualTo(body.get("factSet"));
        assertThat(JSON.readTree(read.body()).get("name").asText()).isEqualTo("Kept across restarts");
        // A decision the stop could not write is kept and written at the next start: found at once (pending), and
        // written within seconds.
        HttpResponse<String> logged = send(port, HttpRequest.newBuilder().GET(), "/decisions/" + decision);
        assertThat(logged.statusCode()).isEqualTo(200);
        for (int i = 0; i < 100 && JSON.readTree(logged.body()).get("pending").asBoolean(); i++) {
            Thread.sleep(100);
            logged = send(port, HttpRequest.newBuilder().GET(), "/decisions/" + decision);
        }
        assertThat(JSON.readTree(logged.body()).get("pending").asBoolean())
                .as("written within 10 s of the restart")
                .isFalse();
        String rulebook = JSON.readTree(logged.body()).get("rulebook").asText();
        stop(started.get(started.size() - 1));

        Process command = new ProcessBuilder(java(), "-jar", JAR.toString(), "regressions", "--from", rulebook)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(command.getInputStream().readAllBytes());
        assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as(out).isZero();
        assertThat(out)
                .contains("# What the rule change did: " + rulebook + " → " + rulebook)
                .contains(": 0 changed,");

        Process unknown = new ProcessBuilder(java(), "-jar", JAR.toString(), "regressions", "--from", "rules-none")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .start();
        String said = new String(unknown.getInputStream().readAllBytes());
        assertThat(unknown.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(unknown.exitValue()).as(said).isEqualTo(2);
        assertThat(said).contains("no rulebook 'rules-none'");
    }

    /** A 201 means written: saved sets answered just before a kill -9 are all there after a restart. */
    @Test
    void savedSetsAnsweredBeforeAKillMinus9SurviveIt() throws Exception {
        int port = freePort();
        Process service = start(port);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> saved = post(port, "/fact-sets", SAVE.replace("Kept across restarts", "kill " + i));
            assertThat(saved.statusCode()).isEqualTo(201);
            ids.add(JSON.readTree(saved.body()).get("id").asText());
        }
        service.destroyForcibly(); // SIGKILL at once after the last 201: nothing more is written
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        start(port);
        for (String id : ids) {
            assertThat(send(port, HttpRequest.newBuilder().GET(), "/fact-sets/" + id)
                            .statusCode())
                    .as("saved set " + id + " after kill -9")
                    .isEqualTo(200);
        }
    }

    /** assurances.data-dir as a user writes it: an absolute path is used as it is, a relative one from the folder. */
    @Test
    void theDataFolderIsWhereTheSettingSaysAbsoluteOrRelative(@TempDir Path elsewhere) throws Exception {
        Path absolute = elsewhere.resolve("records");
        for (String dir : List.of(absolute.toString(), "kept/here")) {
            int port = freePort();
            Process service = start(port, "-Dassurances.data-dir=" + dir);
            HttpResponse<String> saved = post(port, "/fact-sets", SAVE);
            assertThat(saved.statusCode()).as(dir).isEqualTo(201);
            stop(service);
        }
        assertThat(absolute.resolve("assurances.mv.db"))
                .as("the absolute folder")
                .isRegularFile();
        assertThat(home.resolve("kept/here/assurances.mv.db"))
                .as("the relative folder")
                .isRegularFile();
        try (var below = Files.walk(home)) {
            assertThat(below.filter(f -> f.endsWith("records")))
                    .as("nothing put below the working folder")
                    .isEmpty();
        }
        assertThat(home.resolve("data"))
                .as("no default folder when one is named")
                .doesNotExist();
    }

    /**
     * The OpenAPI document is built when first asked for, not at start (DocumentOnFirstAsking): the service
     * answers an evaluation without having built it, then serves the document Quarkus stored at build time.
     */
    @Test
    void theOpenApiDocumentIsBuiltWhenFirstAskedFor() throws Exception {
        int port = freePort();
        start(port);
        HttpResponse<String> answered = post(port, "/evaluations", "{\"asOf\":\"1962-11-13\",\"facts\":[]}");
        assertThat(answered.statusCode()).isEqualTo(200);
        String built = "OpenAPI document built on first asking";
        assertThat(log()).as("nothing built by the first answer").doesNotContain(built);

        HttpResponse<String> document = send(port, HttpRequest.newBuilder().GET(), "/q/openapi?format=json");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(document.body()))
                .as("the document stored at build time")
                .isEqualTo(stored());
        assertThat(log()).as("built on the first asking").contains(built);
        assertThat(send(port, HttpRequest.newBuilder().GET(), "/q/openapi").body())
                .as("the YAML form too")
                .startsWith("---\nopenapi: 3.1.0");
    }

    /** The OpenAPI document as Quarkus stored it in the package at build time. */
    private static JsonNode stored() throws Exception {
        Path generated = JAR.resolveSibling("quarkus").resolve("generated-bytecode.jar");
        try (var jar = new java.util.jar.JarFile(generated.toFile())) {
            var entry = jar.getJarEntry("META-INF/quarkus-generated-openapi-doc.JSON");
            assertThat(entry).as("the stored document in " + generated).isNotNull();
            try (var in = jar.getInputStream(entry)) {
                return JSON.readTree(in);
            }
        }
    }
}
