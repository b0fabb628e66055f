package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named bad inputs of src/test/resources/bad-inputs.json, across every endpoint: each is answered with
 * the status it names, as application/problem+json, with the problem type and the JSON pointer (or the
 * query parameter) it names. bench/bad-inputs.py sends the same list to a running service, with timings.
 */
@QuarkusTest
class BadInputCatalogTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = BadInputCatalogTest.class.getResourceAsStream("/bad-inputs.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Arguments> all = new ArrayList<>();
            root.get("cases").forEach(c -> all.add(Arguments.of(c.get("name").asText(), c)));
            assertThat(all).as("named bad inputs").hasSizeGreaterThanOrEqualTo(50);
            return all.stream();
        }
    }

    /** The body a case describes, with its generators applied (the same rules as bench/bad-inputs.py). */
    static byte[] body(JsonNode c) {
        if (c.has("bodyBase64")) {
            return Base64.getDecoder().decode(c.get("bodyBase64").asText());
        }
        if (!c.has("body")) {
            return null;
        }
        String body = c.get("body").asText();
        if (c.has("nest")) {
            int n = c.get("nest").asInt();
            body = body.replace("@NEST@", "[".repeat(n) + "]".repeat(n));
        }
        if (c.has("nestObjects")) {
            int n = c.get("nestObjects").asInt();
            body = body.replace("@NESTOBJ@", "{\"a\":".repeat(n) + "1" + "}".repeat(n));
        }
        if (c.has("repeat")) {
            JsonNode r = c.get("repeat");
            body = body.replace(
                    "@FACTS@",
                    String.join(
                            ",",
                            java.util.Collections.nCopies(
                                    r.get("count").asInt(), r.get("item").asText())));
        }
        if (c.has("padTo")) {
            body = body + " ".repeat(Math.max(0, c.get("padTo").asInt() - body.length()));
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputIsAProblemNamingWhatIsWrong(String name, JsonNode c) {
        byte[] body = body(c);
        String contentType = c.has("contentType") ? c.get("contentType").asText() : "application/json";
        RequestSpecification request = given().config(io.restassured.RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Accept", c.has("accept") ? c.get("accept").asText() : "*/*");
        if (body != null) {
            request = request.contentType(contentType).body(body);
        }
        if (body != null && body.length > 1024 * 1024) {
            // The service answers before reading such a body and closes the connection; a client that
            // announces it (Expect: 100-continue) gets that answer instead of a broken pipe.
            request = request.header("Expect", "100-continue");
        }
        Response response =
                request.request(c.get("method").asText(), c.get("path").asText());
        int status = c.get("status").asInt();
        assertThat(response.statusCode()).as(name + ": " + response.asString()).isEqualTo(status);
        assertThat(response.contentType()).as(name).startsWith("application/problem+json");
        JsonNode problem = Json.read(response.asString());
        assertThat(problem.get("status").asInt()).as(name).isEqualTo(status);
        if (c.has("type")) {
            assertThat(problem.get("type").asText())
                    .as(name)
                    .endsWith(":" + c.get("type").asText());
        }
        if (c.has("pointer")) {
            List<String> pointers = new ArrayList<>();
            problem.path("problems").forEach(p -> pointers.add(p.get("pointer").asText()));
            assertThat(pointers)
                    .as(name + ": " + problem)
                    .contains(c.get("pointer").asText());
        }
        List<String> pointers = new ArrayList<>();
        problem.path("problems").forEach(p -> pointers.add(p.get("pointer").asText()));
        c.path("pointers")
                .forEach(p -> assertThat(pointers).as(name + ": " + problem).contains(p.asText()));
        if (c.has("problemCount")) {
            assertThat(pointers)
                    .as(name + ": " + problem)
                    .hasSize(c.get("problemCount").asInt());
        }
        c.path("detailContains")
                .forEach(d -> assertThat(problem.path("detail").asText())
                        .as(name + ": " + problem)
                        .contains(d.asText()));
        assertThat(javaNames(problem)).as(name + ": " + problem).isEmpty();
    }

    /** What the reader's and the framework's own words would leak: classes, packages, tokens, annotations. */
    static final java.util.regex.Pattern JAVA = java.util.regex.Pattern.compile(
            "\\b(org|java|javax|jakarta|com|io)\\.[a-z]+\\.|JsonToken|POJO|@[A-Z][a-z]|CoercionConfig|Exception"
                    + "|`|\\b(START|END)_(ARRAY|OBJECT)\\b|VALUE_(STRING|NUMBER|TRUE|FALSE|NULL)|\\bclass\\b");

    /** Every text of a problem answer that names Java, with where it stands; none is the aim. */
    static List<String> javaNames(JsonNode problem) {
        List<String> found = new ArrayList<>();
        List<JsonNode> texts = new ArrayList<>(List.of(problem.path("title"), problem.path("detail")));
        problem.path("problems").forEach(p -> {
            texts.add(p.path("detail"));
            texts.add(p.path("expected"));
        });
        for (JsonNode t : texts) {
            String text = t.asText();
            if (JAVA.matcher(text).find() || text.startsWith(":") || text.startsWith(" ")) {
                found.add(text);
            }
        }
        return found;
    }

    private static final class Json {
        static JsonNode read(String text) {
            try {
                return new ObjectMapper().readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }
}
