package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readings over HTTP: listed, switched in a fact set, and asked about with ?sensitivity=true. */
@QuarkusTest
class ReadingsResourceTest {
    static final String AUGUST_1970 = "1970-08-04-implicit-understanding";

    /** The 1970 state as a fact set a client would post, with {@code readings} switched. */
    static Map<String, Object> august1970(Map<String, String> readings) {
        List<Object> facts = given().get("/scenarios/" + AUGUST_1970)
                .then()
                .statusCode(200)
                .extract()
                .path("facts");
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("asOf", "1970-08-04");
        set.put("facts", facts);
        set.put("readings", readings);
        return set;
    }

    @Test
    void readinessSaysTheRuleBaseIsLoaded() {
        // the rule base loads beside the rest of the start-up; readiness waits for it
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'rule base loaded' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rule base loaded' }.data.rulebook", containsString("rules-"));
    }

    @Test
    void theReadingsAreListedWithBothAlternativesAndTheirSentences() {
        given().get("/readings")
                .then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(8))
                .body("id", hasItem("8-not-at-all"))
                .body("find { it.id == '8-not-at-all' }.byDefault.id", equalTo("no-acceptance"))
                .body("find { it.id == '8-not-at-all' }.alternative.id", equalTo("both-refused"))
                .body("find { it.id == '8-not-at-all' }.alternative.quote", containsString("long-term problem"))
                .body("find { it.id == '8-not-at-all' }.file", equalTo("cooperation.drl"))
                .body("find { it.id == '8-not-at-all' }.edition", equalTo("/edition#reading-8-not-at-all"));
        given().get("/readings/4b-air-surveillance").then().statusCode(200).body("citation", containsString("4(b)"));
        given().get("/readings/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void the1970StateUnderTheOtherReadingOfNotAtAllChangesTheFallbackAndTheLedger() {
        given().contentType("application/json")
                .body(august1970(Map.of()))
                .post("/evaluations")
                .then()
                .statusCode(200)
                .body("determinations.find { it.id == 'CONTINGENT_NON_INVASION' }.status", equalTo("BINDING"))
                .body("determinations.find { it.id == 'CONTINGENT_NON_INVASION' }.sensitiveTo", nullValue())
                .body("readings.find { it.id == '8-not-at-all' }.byDefault", equalTo(true));
        given().contentType("application/json")
                .body(august1970(Map.of("8-not-at-all", "both-refused")))
                .post("/evaluations")
                .then()
                .statusCode(200)
                .body("determinations.find { it.id == 'CONTINGENT_NON_INVASION' }.status", equalTo("UNDETERMINED"))
                .body("determinations.find { it.id == 'OUTCOME' }.status", equalTo("UNDETERMINED"))
                .body("readings.find { it.id == '8-not-at-all' }.alternative", equalTo("both-refused"))
                .body("readings.find { it.id == '8-not-at-all' }.byDefault", equalTo(false));
    }

    @Test
    void sensitivityNamesTheReadingsThatWouldChangeAStatus() {
        given().contentType("application/json")
                .body(august1970(Map.of()))
                .post("/evaluations?sensitivity=true")
                .then()
                .statusCode(200)
                .body(
                        "determinations.find { it.id == 'CONTINGENT_NON_INVASION' }.sensitiveTo.reading",
                        hasItem("8-not-at-all"))
                .body(
                        "determinations.find { it.id == 'CONTINGENT_NON_INVASION' }.sensitiveTo"
                                + ".find { it.reading == '8-not-at-all' }.status",
                        equalTo("UNDETERMINED"))
                .body("determinations.find { it.id == 'QUARANTINE_LIFT' }.sensitiveTo", equalTo(List.of()));
        given().contentType("application/json")
                .body(august1970(Map.of()))
                .post("/evaluations?sensitivity=maybe")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("?sensitivity"));
        given().get("/scenarios/" + AUGUST_1970 + "/report?sensitivity=true&detail=full")
                .then()
                .statusCode(200)
                .body("determinations.find { it.id == 'OUTCOME' }.sensitiveTo.reading", hasItem("8-not-at-all"));
    }

    @Test
    void anUnknownReadingOrAlternativeIsA422NamingIt() {
        given().contentType("application/json")
                .body(august1970(Map.of("8-not-at-al", "both-refused")))
                .post("/evaluations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("problems[0].pointer", equalTo("/readings/8-not-at-al"))
                .body("problems[0].detail", containsString("did you mean '8-not-at-all'"));
        given().contentType("application/json")
                .body(august1970(Map.of("8-not-at-all", "refused")))
                .post("/evaluations")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/readings/8-not-at-all"))
                .body("problems[0].expected", equalTo("one of no-acceptance, both-refused"));
        given().contentType("application/json")
                .body("{\"asOf\": \"1970-08-04\", \"facts\": [], \"readings\": {\"8-not-at-all\": 3}}")
                .post("/evaluations")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/readings/8-not-at-all"));
        Map<String, Object> save = new LinkedHashMap<>();
        save.put("name", "a bad reading");
        save.put("factSet", august1970(Map.of("nope", "x")));
        given().contentType("application/json")
                .body(save)
                .post("/fact-sets")
                .then()
                .statusCode(422);
    }

    @Test
    void aComparisonSetsOneFactSetUnderTwoReadingsSideBySide() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("factSet", august1970(Map.of()));
        body.put("rightReadings", Map.of("8-not-at-all", "both-refused"));
        given().contentType("application/json")
                .body(body)
                .post("/comparisons")
                .then()
                .statusCode(200)
                .body("determinations.id", hasItem("CONTINGENT_NON_INVASION"))
                .body("determinations.find { it.id == 'CONTINGENT_NON_INVASION' }.right", equalTo("UNDETERMINED"))
                .body("right.readings.find { it.id == '8-not-at-all' }.alternative", equalTo("both-refused"));
    }

    @Test
    void theDecisionLogAndTheCounterfactualSearchReadAsTheFactSetSays() {
        String id = given().contentType("application/json")
                .body(august1970(Map.of("8-not-at-all", "both-refused")))
                .post("/evaluations")
                .then()
                .statusCode(200)
                .extract()
                .header("Decision-Id");
        given().get("/decisions/" + id)
                .then()
                .statusCode(200)
                .body("statuses.CONTINGENT_NON_INVASION", equalTo("UNDETERMINED"))
                .body("report.readings.find { it.id == '8-not-at-all' }.alternative", equalTo("both-refused"));
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("factSet", august1970(Map.of("8-not-at-all", "both-refused")));
        search.put("determination", "CONTINGENT_NON_INVASION");
        search.put("wanted", "BINDING");
        search.put("maxChanges", 1);
        given().contentType("application/json")
                .body(search)
                .post("/counterfactuals")
                .then()
                .statusCode(200)
                .body("was", equalTo("UNDETERMINED"))
                .body("answers.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void savedSetsAndTimelinesKeepTheirReadings() {
        Map<String, Object> save = new LinkedHashMap<>();
        save.put("name", "1970 read as both refused");
        save.put("factSet", august1970(Map.of("8-not-at-all", "both-refused")));
        String id = given().contentType("application/json")
                .body(save)
                .post("/fact-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().get("/fact-sets/" + id)
                .then()
                .statusCode(200)
                .body("factSet.readings.'8-not-at-all'", equalTo("both-refused"));
        given().get("/fact-sets/" + id + "/report")
                .then()
                .statusCode(200)
                .body("determinations.find { it.id == 'CONTINGENT_NON_INVASION' }.status", equalTo("UNDETERMINED"));
        Map<String, Object> timeline = new LinkedHashMap<>(august1970(Map.of("8-not-at-all", "both-refused")));
        timeline.remove("asOf");
        timeline.put("until", "1970-08-04");
        given().contentType("application/json")
                .body(timeline)
                .post("/timelines")
                .then()
                .statusCode(200)
                .body("transitions[-1].statuses.CONTINGENT_NON_INVASION", equalTo("UNDETERMINED"));
        String lines = given().contentType("application/json")
                .accept("text/csv")
                .body(List.of(august1970(Map.of()), august1970(Map.of("8-not-at-all", "both-refused"))))
                .post("/evaluations/batch")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(lines.lines().skip(1).toList())
                .hasSize(2)
                .satisfies(rows -> {
                    org.assertj.core.api.Assertions.assertThat(rows.get(0)).contains("BINDING");
                    org.assertj.core.api.Assertions.assertThat(rows.get(1)).contains("UNDETERMINED");
                });
    }
}
