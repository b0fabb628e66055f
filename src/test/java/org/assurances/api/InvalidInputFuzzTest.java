package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated fact sets (fields dropped, renamed, retyped, bodies cut short): the answer is 200 or a 4xx problem, never a
 * 5xx.
 */
@QuarkusTest
class InvalidInputFuzzTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode[] JUNK = {
        JsonNodeFactory.instance.numberNode(-1),
        JsonNodeFactory.instance.numberNode(3.5),
        JsonNodeFactory.instance.textNode("NOPE"),
        JsonNodeFactory.instance.textNode("1962-02-30"),
        JsonNodeFactory.instance.textNode(""),
        JsonNodeFactory.instance.booleanNode(true),
        JsonNodeFactory.instance.nullNode(),
        JsonNodeFactory.instance.arrayNode(),
        JsonNodeFactory.instance.objectNode(),
        JsonNodeFactory.instance.textNode("0001-01-01")
    };

    @Test
    void fiveHundredMutationsNeverGetA5xx() throws Exception {
        Random random = new Random(19621113);
        JsonNode valid = JSON.readTree(Examples.NOV_13);
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            String body = mutate(valid.deepCopy(), random);
            Response r = given().contentType("application/json").body(body).post("/evaluations");
            assertThat(r.statusCode()).as(body).isLessThan(500);
            if (r.statusCode() >= 400) {
                refused++;
                assertThat(r.contentType()).as(body).startsWith("application/problem+json");
                assertThat(r.jsonPath().getString("problems[0].pointer"))
                        .as(body)
                        .isNotNull();
            }
        }
        assertThat(refused).as("most mutations are invalid").isGreaterThan(250);
    }

    private static String mutate(JsonNode root, Random random) throws Exception {
        ArrayNode facts = (ArrayNode) root.get("facts");
        ObjectNode fact = (ObjectNode) facts.get(random.nextInt(facts.size()));
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = fact.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        String field = fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(7)) {
            case 0 -> fact.remove(field);
            case 1 -> fact.set(field, JUNK[random.nextInt(JUNK.length)]);
            case 2 -> fact.set(field + "x", fact.remove(field));
            case 3 -> ((ObjectNode) root).set("asOf", JUNK[random.nextInt(JUNK.length)]);
            case 4 -> facts.add(fact.deepCopy().put("status", "PRESENT").put("outcome", "CONFIRMED"));
            case 5 -> facts.set(random.nextInt(facts.size()), JUNK[random.nextInt(JUNK.length)]);
            default -> {
                String text = JSON.writeValueAsString(root);
                return text.substring(0, random.nextInt(text.length()));
            }
        }
        return JSON.writeValueAsString(root);
    }
}
