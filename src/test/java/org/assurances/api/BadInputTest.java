package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets a 4xx problem+json that points at the offending fact and field. */
@QuarkusTest
class BadInputTest {
    static final String WS = "{\"type\":\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"REMOVED\"}";

    static String set(String... facts) {
        return "{\"asOf\":\"1962-11-13\",\"facts\":[" + String.join(",", facts) + "]}";
    }

    static Arguments bad(String name, String body, int status, String type, String pointer) {
        return Arguments.of(name, body, status, type, pointer);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("malformed JSON, cut short after asOf", "{\"asOf\":", 400, "malformed-json", "/asOf"),
                bad("trailing garbage", set() + " x", 400, "malformed-json", ""),
                bad("a JSON array instead of a fact set", "[]", 400, "wrong-type", ""),
                bad("a JSON null", "null", 400, "empty-body", ""),
                bad("unknown fact type", set("{\"type\":\"bomb\"}"), 400, "unknown-fact-type", "/facts/0/type"),
                bad(
                        "missing fact type",
                        set(WS, "{\"system\":\"MRBM\",\"status\":\"REMOVED\"}"),
                        400,
                        "unknown-fact-type",
                        "/facts/1/type"),
                bad(
                        "unknown enum value",
                        set("{\"type\":\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"GONE\"}"),
                        400,
                        "invalid-value",
                        "/facts/0/status"),
                bad(
                        "lower-case enum value",
                        set("{\"type\":\"weaponSystem\",\"system\":\"mrbm\",\"status\":\"REMOVED\"}"),
                        400,
                        "invalid-value",
                        "/facts/0/system"),
                bad(
                        "enum given as a number",
                        set("{\"type\":\"weaponSystem\",\"system\":0,\"status\":\"REMOVED\"}"),
                        400,
                        "invalid-value",
                        "/facts/0/system"),
                bad(
                        "unknown field",
                        set("{\"type\":\"usAction\",\"action\":\"QUARANTINE_LIFTED\",\"color\":\"red\"}"),
                        400,
                        "unknown-field",
                        "/facts/0/color"),
                bad(
                        "unknown top-level field",
                        "{\"asOf\":\"1962-11-13\",\"facts\":[],\"when\":1}",
                        400,
                        "unknown-field",
                        "/when"),
                bad(
                        "missing required field",
                        set(WS, "{\"type\":\"incident\",\"kind\":\"US_INVASION\"}"),
                        400,
                        "missing-field",
                        "/facts/1/confirmed"),
                bad(
                        "missing status",
                        set("{\"type\":\"weaponSystem\",\"system\":\"MRBM\"}"),
                        400,
                        "missing-field",
                        "/facts/0/status"),
                bad(
                        "string for boolean",
                        set("{\"type\":\"incident\",\"kind\":\"US_INVASION\",\"confirmed\":\"yes\"}"),
                        400,
                        "wrong-type",
                        "/facts/0/confirmed"),
                bad(
                        "fraction for days",
                        set("{\"type\":\"undertaking\",\"party\":\"USSR\",\"pledge\":\"REMOVE_IL28\""
                                + ",\"form\":\"PRIVATE_LETTER\",\"status\":\"GIVEN\""
                                + ",\"withinDays\":1.5,\"date\":\"1962-11-20\"}"),
                        400,
                        "invalid-value",
                        "/facts/0/withinDays"),
                bad("object for facts", "{\"asOf\":\"1962-11-13\",\"facts\":{}}", 400, "wrong-type", "/facts"),
                bad(
                        "invalid date",
                        set("{\"type\":\"usAction\",\"action\":\"QUARANTINE_LIFTED\",\"date\":\"1962-02-30\"}"),
                        400,
                        "invalid-value",
                        "/facts/0/date"),
                bad("invalid as-of date", "{\"asOf\":\"1962-13-45\",\"facts\":[]}", 400, "invalid-value", "/asOf"),
                bad("missing as-of date", "{\"facts\":[]}", 422, "invalid-fact-set", "/asOf"),
                bad(
                        "a fact dated with nonsense",
                        set("{\"type\":\"usAction\",\"action\":\"QUARANTINE_LIFTED\",\"date\":\"1066-10-14\"}"),
                        422,
                        "invalid-fact-set",
                        "/facts/0/date"),
                bad(
                        "as-of far in the future",
                        "{\"asOf\":\"3000-01-01\",\"facts\":[]}",
                        422,
                        "invalid-fact-set",
                        "/asOf"),
                bad(
                        "a US means of verification on site in Cuba",
                        set(
                                WS,
                                "{\"type\":\"verification\",\"by\":\"US_AERIAL_SURVEILLANCE\""
                                        + ",\"onSite\":true,\"outcome\":\"CONFIRMED\"}"),
                        422,
                        "invalid-fact",
                        "/facts/1/onSite"),
                bad(
                        "a pledge withheld on one day and given on the same day in another form",
                        set(
                                "{\"type\":\"undertaking\",\"party\":\"CUBA\""
                                        + ",\"pledge\":\"NO_REINTRODUCTION_INTO_CUBA\""
                                        + ",\"status\":\"NOT_GIVEN\",\"date\":\"1963-01-07\"}",
                                "{\"type\":\"undertaking\",\"party\":\"CUBA\""
                                        + ",\"pledge\":\"NO_REINTRODUCTION_INTO_CUBA\""
                                        + ",\"form\":\"PUBLIC_STATEMENT\",\"status\":\"GIVEN\""
                                        + ",\"date\":\"1963-01-07\"}"),
                        422,
                        "invalid-fact-set",
                        "/facts/1/status"),
                bad(
                        "zero days for the IL-28 promise",
                        set("{\"type\":\"undertaking\",\"party\":\"USSR\",\"pledge\":\"REMOVE_IL28\""
                                + ",\"form\":\"PRIVATE_LETTER\",\"status\":\"GIVEN\""
                                + ",\"withinDays\":0,\"date\":\"1962-11-20\"}"),
                        422,
                        "invalid-fact",
                        "/facts/0/withinDays"),
                bad(
                        "IL-28 promise without date",
                        set("{\"type\":\"undertaking\",\"party\":\"USSR\",\"pledge\":\"REMOVE_IL28\""
                                + ",\"form\":\"PRIVATE_LETTER\",\"status\":\"GIVEN\",\"withinDays\":30}"),
                        400,
                        "missing-field",
                        "/facts/0/date"),
                bad(
                        "judgement on a non-OTHER safeguard",
                        set("{\"type\":\"safeguard\",\"kind\":\"UN_PRESENCE\",\"term\":\"LONG_TERM\""
                                + ",\"cubaStance\":\"ACCEPTED\",\"judgedSatisfactory\":true}"),
                        422,
                        "invalid-fact",
                        "/facts/0/judgedSatisfactory"),
                bad(
                        "contradictory facts",
                        set(
                                "{\"type\":\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"PRESENT\""
                                        + ",\"date\":\"1962-11-01\"}",
                                "{\"type\":\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"REMOVED\""
                                        + ",\"date\":\"1962-11-01\"}"),
                        422,
                        "invalid-fact-set",
                        "/facts/1/status"),
                bad(
                        "contradictory incidents",
                        set(
                                "{\"type\":\"incident\",\"kind\":\"US_INVASION\",\"confirmed\":true}",
                                "{\"type\":\"incident\",\"kind\":\"US_INVASION\",\"confirmed\":false}"),
                        422,
                        "invalid-fact-set",
                        "/facts/1/confirmed"),
                bad("null fact", set("null"), 422, "invalid-fact-set", "/facts/0"),
                bad(
                        "duplicate key",
                        "{\"asOf\":\"1962-11-13\",\"asOf\":\"1962-11-14\",\"facts\":[]}",
                        400,
                        "duplicate-field",
                        "/asOf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsAProblemNamingTheFactAndField(String name, String body, int status, String type, String pointer) {
        given().contentType("application/json")
                .body(body)
                .when()
                .post("/evaluations")
                .then()
                .statusCode(status)
                .statusCode(lessThan(500))
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", endsWith(":" + type))
                .body("problems[0].pointer", equalTo(pointer));
    }

    @org.junit.jupiter.api.Test
    void anEmptyBodyWrongContentTypeAndOversizedBodyAreRefused() throws Exception {
        given().contentType("application/json")
                .when()
                .post("/evaluations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith(":empty-body"));
        given().contentType("text/plain")
                .body("x")
                .when()
                .post("/evaluations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        for (Oversized.Way way : Oversized.Way.values()) {
            Oversized.Answer oversized = Oversized.post("/evaluations", way);
            org.assertj.core.api.Assertions.assertThat(oversized.statusCode())
                    .as(way.name())
                    .isEqualTo(413);
            org.assertj.core.api.Assertions.assertThat(oversized.contentType())
                    .as(way.name())
                    .isEqualTo("application/problem+json");
            org.assertj.core.api.Assertions.assertThat(oversized.body())
                    .as(way.name())
                    .contains("body-too-large", "1 MiB");
        }
    }

    @org.junit.jupiter.api.Test
    void moreFactsThanTheLimitAreRefusedWith413() {
        String many = String.join(",", java.util.Collections.nCopies(10_001, WS));
        given().contentType("application/json")
                .body(set(many))
                .when()
                .post("/evaluations")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("problems[0].pointer", equalTo("/facts"));
    }
}
