package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract is the code: the OpenAPI document the service serves (and the workbench builds its forms
 * from) is checked, with a JSON Schema validator, against every shipped scenario file and every example it
 * carries, and against inputs the service refuses, so the document cannot drift from what is accepted.
 */
@QuarkusTest
class ContractTest {
    static final ObjectMapper JSON = new ObjectMapper();
    JsonNode document;

    @BeforeEach
    void served() throws Exception {
        document = JSON.readTree(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    /** The served schema named {@code name}, with the document's components to resolve its references. */
    Schema schema(String name) {
        return schema(JSON.createObjectNode().put("$ref", "#/components/schemas/" + name));
    }

    /** The same for a schema given in place (a request body's). */
    Schema schema(JsonNode inPlace) {
        ObjectNode root = ((ObjectNode) inPlace.deepCopy());
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root.toString());
    }

    static List<String> errors(Schema schema, JsonNode value) {
        return schema.validate(value).stream().map(Object::toString).toList();
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertThat(document.get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void everyShippedScenarioIsAValidFactSet() throws Exception {
        Schema factSet = schema("FactSet");
        int scenarios = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode scenario = JSON.readTree(file.toFile());
                ObjectNode set = JSON.createObjectNode();
                set.set("asOf", scenario.get("asOf"));
                set.set("facts", scenario.get("facts"));
                assertThat(errors(factSet, set)).as(file.toString()).isEmpty();
                scenarios++;
            }
        }
        assertThat(scenarios).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyExampleInTheDocumentIsValidAgainstItsSchema() {
        int examples = 0;
        // Examples on component schemas (one per fact type).
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        document.get("components").get("schemas").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode example = e.getValue().get("examples") != null
                    ? e.getValue().get("examples").get(0)
                    : e.getValue().get("example");
            if (example == null) {
                continue;
            }
            JsonNode value = jsonText(example) ? read(example.asText()) : example;
            assertThat(errors(schema(e.getKey()), value)).as(e.getKey()).isEmpty();
            examples++;
        }
        // Examples of request bodies, against the body's schema.
        for (JsonNode path : document.get("paths")) {
            for (JsonNode operation : path) {
                JsonNode content = operation.path("requestBody").path("content");
                for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
                    JsonNode media = types.next().getValue();
                    if (media.get("schema") == null || media.get("examples") == null) {
                        continue;
                    }
                    for (JsonNode example : media.get("examples")) {
                        JsonNode value = jsonText(example.get("value"))
                                ? read(example.get("value").asText())
                                : example.get("value");
                        assertThat(errors(schema(media.get("schema")), value))
                                .as(operation.path("operationId").asText() + " example")
                                .isEmpty();
                        examples++;
                    }
                }
            }
        }
        assertThat(examples).as("examples checked").isGreaterThanOrEqualTo(10);
    }

    @Test
    void theSchemaRefusesWhatTheServiceRefuses() {
        Schema factSet = schema("FactSet");
        List<String> refused = new ArrayList<>();
        for (String bad : List.of(
                "{\"facts\":[]}", // no asOf
                "{\"asOf\":\"1962-11-13\"}", // no facts
                "{\"asOf\":\"1962-11-13\",\"facts\":[{\"system\":\"MRBM\",\"status\":\"REMOVED\"}]}", // no type
                "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\"}]}", // status
                "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\","
                        + "\"status\":\"GONE\"}]}", // not an enum value
                "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\","
                        + "\"status\":\"REMOVED\",\"color\":\"red\"}]}", // unknown field
                "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"undertaking\",\"party\":\"USSR\","
                        + "\"pledge\":\"REMOVE_IL28\",\"form\":\"PRIVATE_LETTER\",\"status\":\"GIVEN\","
                        + "\"withinDays\":0,\"date\":\"1962-11-20\"}]}")) { // below the minimum
            List<String> errors = errors(factSet, read(bad));
            if (!errors.isEmpty()) {
                refused.add(bad);
            }
            assertThat(errors).as("the schema accepts %s", bad).isNotEmpty();
            assertThat(given().contentType("application/json")
                            .body(bad)
                            .post("/evaluations")
                            .statusCode())
                    .as("the service accepts %s", bad)
                    .isBetween(400, 499);
        }
        assertThat(refused).hasSize(7);
    }

    @Test
    void everyProblemAnswerIsDescribedAsProblemDetail() {
        int problems = 0;
        for (JsonNode path : document.get("paths")) {
            for (JsonNode operation : path) {
                boolean has = false;
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                operation.path("responses").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = it.next();
                    JsonNode problem = response.getValue().path("content").path("application/problem+json");
                    if (!problem.isMissingNode()) {
                        assertThat(problem.path("schema").path("$ref").asText())
                                .as(operation.path("operationId").asText() + " " + response.getKey())
                                .isEqualTo("#/components/schemas/ProblemDetail");
                        has = true;
                        problems++;
                    }
                }
                assertThat(has)
                        .as(operation.path("operationId").asText() + " describes its problems")
                        .isTrue();
            }
        }
        assertThat(problems).isGreaterThan(20);
        assertThat(document.at("/components/schemas/ProblemDetail/required").toString())
                .contains("type", "title", "status");
    }

    /** Swagger UI's "Try it out" asks for the first media type an answer lists: JSON, wherever another form is too. */
    @Test
    void everyAnswerThatAlsoOffersMarkdownOrCsvListsJsonFirst() {
        int mixed = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (JsonNode operation : path.getValue()) {
                for (JsonNode response : operation.path("responses")) {
                    List<String> types = new java.util.ArrayList<>();
                    response.path("content").fieldNames().forEachRemaining(types::add);
                    if (types.contains("application/json") && types.size() > 1) {
                        mixed++;
                        assertThat(types.get(0)).as(path.getKey() + " " + types).isEqualTo("application/json");
                    }
                }
            }
        }
        assertThat(mixed).as("answers that offer JSON and another form").isGreaterThanOrEqualTo(1);
        List<String> evaluation = new java.util.ArrayList<>();
        document.at("/paths/~1evaluations/post/responses/200/content")
                .fieldNames()
                .forEachRemaining(evaluation::add);
        assertThat(evaluation).startsWith("application/json").contains("text/markdown");
    }

    /** An example given as JSON text (the annotations' way) rather than as a plain string value. */
    private static boolean jsonText(JsonNode example) {
        String t = example.isTextual() ? example.asText().strip() : "";
        return t.startsWith("{") || t.startsWith("[");
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
