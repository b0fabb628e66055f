package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Scenarios and timelines over HTTP. */
@QuarkusTest
class HistoryResourceTest {

    @Test
    void scenariosAreListedShownAndEvaluated() {
        given().get("/scenarios")
                .then()
                .statusCode(200)
                .body("size()", greaterThanOrEqualTo(13))
                .body("id", hasItem("1962-11-13-bombers-remain"));
        given().get("/scenarios/1962-11-13-bombers-remain")
                .then()
                .statusCode(200)
                .body("expected.statuses.QUARANTINE_LIFT", equalTo("NOT_BINDING"));
        given().get("/scenarios/1962-11-13-bombers-remain/report")
                .then()
                .statusCode(200)
                .body("determinations.find { it.id == 'QUARANTINE_LIFT' }.status", equalTo("NOT_BINDING"));
        given().get("/scenarios/history-1962-1970/report?asOf=1962-11-20")
                .then()
                .statusCode(200)
                .body("determinations.find { it.id == 'QUARANTINE_LIFT' }.status", equalTo("BINDING"));
        given().get("/scenarios/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/scenarios/history-1962-1970/report?asOf=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("problems[0].pointer", org.hamcrest.Matchers.equalTo("?asOf"));
    }

    @Test
    void aTimelineAnswersTheTransitionsWithTheirFacts() {
        String body = """
                {"facts": [
                  {"type": "weaponSystem", "system": "MRBM", "status": "REMOVED", "date": "1962-11-11"},
                  {"type": "weaponSystem", "system": "IRBM", "status": "NEVER_DELIVERED"},
                  {"type": "weaponSystem", "system": "IL28_BOMBER", "status": "PRESENT", "date": "1962-10-22"},
                  {"type": "undertaking", "party": "USSR", "pledge": "REMOVE_IL28", "form": "PRIVATE_LETTER",
                   "status": "GIVEN", "withinDays": 30, "date": "1962-11-20"}],
                 "until": "1963-01-31"}""";
        given().contentType("application/json")
                .body(body)
                .post("/timelines")
                .then()
                .statusCode(200)
                .body("transitions.find { it.date == '1962-11-20' }.statuses.QUARANTINE_LIFT", equalTo("BINDING"))
                .body("transitions.find { it.date == '1962-11-20' }.facts", hasItem(3))
                .body("transitions[-1].date", equalTo("1962-12-21"))
                .body("transitions[-1].statuses.QUARANTINE_LIFT", equalTo("NOT_BINDING"));
        given().contentType("application/json")
                .body("{\"facts\": [], \"from\": \"1963-01-01\", \"until\": \"1962-01-01\"}")
                .post("/timelines")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/until"));
        given().contentType("application/json")
                .body("{\"facts\": [{\"type\": \"nope\"}]}")
                .post("/timelines")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/facts/0/type"));
    }
}
