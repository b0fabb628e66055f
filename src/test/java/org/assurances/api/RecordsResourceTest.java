package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assurances.api.problems.ProblemMapper;
import org.assurances.engine.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * Saved fact sets, the decision log and the regression diff through HTTP, as a client uses them. Runs on
 * the embedded database here and, as {@code PostgresRecordsIT}, on PostgreSQL.
 */
@QuarkusTest
public class RecordsResourceTest {
    static final String FACTS = "{\"asOf\":\"1962-11-13\",\"facts\":["
            + "{\"type\":\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"REMOVED\",\"date\":\"1962-11-11\"},"
            + "{\"type\":\"verification\",\"by\":\"UN\",\"onSite\":true,\"outcome\":\"REFUSED\""
            + ",\"date\":\"1962-10-31\"}]}";

    static String body(String name, String tags, String facts) {
        return "{\"name\":\"" + name + "\",\"description\":\"for a test\",\"tags\":" + tags + ",\"factSet\":" + facts
                + "}";
    }

    static Response save(String name, String tags) {
        return given().contentType("application/json")
                .body(body(name, tags, FACTS))
                .when()
                .post("/fact-sets");
    }

    @Test
    void aSavedFactSetIsCreatedReadRevisedListedAndDeleted() {
        String name = "Saved " + UUID.randomUUID();
        Response created = save(name, "[\"memo\",\"test-crud\"]");
        created.then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", startsWith("http"))
                .body("revision", equalTo(1))
                .body("name", equalTo(name))
                .body("factSet.facts.size()", equalTo(2));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/fact-sets/" + id);
        given().get(created.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("tags", equalTo(List.of("memo", "test-crud")))
                .body("description", equalTo("for a test"));

        // No If-Match: refused, nothing changed. A stale one: 412 with the current ETag. The current one: revised.
        String revised = body(name + " (revised)", "[\"test-crud\"]", FACTS.replace("1962-11-13", "1962-11-20"));
        given().contentType("application/json")
                .body(revised)
                .put("/fact-sets/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("problems[0].pointer", equalTo("If-Match"));
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(revised)
                .put("/fact-sets/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("revision", equalTo(2));
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(revised)
                .put("/fact-sets/" + id)
                .then()
                .statusCode(412)
                .header("ETag", "\"2\"")
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemMapper.BASE + "revision-conflict"));
        given().contentType("application/json")
                .header("If-Match", "W/\"nonsense\"")
                .body(revised)
                .put("/fact-sets/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        JsonPath revisions = given().get("/fact-sets/" + id + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(revisions.getList("revision", Integer.class)).containsExactly(1, 2);
        assertThat(revisions.getList("name", String.class)).containsExactly(name, name + " (revised)");
        assertThat(revisions.getList("factSet.asOf", String.class)).containsExactly("1962-11-13", "1962-11-20");

        JsonPath byTag = given().queryParam("tag", "test-crud")
                .get("/fact-sets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(byTag.getList("items.id", String.class)).contains(id);
        JsonPath byName = given().queryParam("name", "(REVISED)")
                .get("/fact-sets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(byName.getList("items.id", String.class)).contains(id);
        assertThat(byName.getList("items.asOf", String.class)).contains("1962-11-20");
        JsonPath oldTag = given().queryParam("tag", "memo")
                .queryParam("name", name)
                .get("/fact-sets")
                .then()
                .extract()
                .jsonPath();
        assertThat(oldTag.getList("items.id", String.class)).doesNotContain(id);

        given().delete("/fact-sets/" + id).then().statusCode(204);
        given().get("/fact-sets/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/fact-sets/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/fact-sets/" + id + "/revisions").then().statusCode(404);
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body(revised)
                .put("/fact-sets/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listingPagesAndCounts() {
        String tag = "page-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            save("Paged " + i, "[\"" + tag + "\"]").then().statusCode(201);
        }
        JsonPath first = given().queryParam("tag", tag)
                .queryParam("size", 2)
                .get("/fact-sets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath second = given().queryParam("tag", tag)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/fact-sets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getList("items")).hasSize(2);
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getList("items.id", String.class))
                .doesNotContainAnyElementsOf(first.getList("items.id", String.class));
    }

    @Test
    void everyEvaluationCarriesADecisionIdTheLogAnswers() {
        Response answer = given().contentType("application/json").body(FACTS).post("/evaluations");
        answer.then().statusCode(200);
        String id = answer.jsonPath().getString("decisionId");
        assertThat(id).isNotBlank().isEqualTo(answer.header(EvaluationResource.DECISION_ID));
        JsonPath decision =
                given().get("/decisions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(decision.getString("origin")).isEqualTo("POSTED");
        assertThat(decision.getString("rulebook")).isEqualTo(Rulebook.VERSION);
        assertThat(decision.getString("asOf")).isEqualTo("1962-11-13");
        Map<String, String> statuses = decision.getMap("statuses");
        List<Map<String, Object>> determinations = answer.jsonPath().getList("determinations");
        assertThat(statuses).hasSize(determinations.size());
        determinations.forEach(
                d -> assertThat(statuses.get((String) d.get("id"))).isEqualTo(d.get("status")));
        assertThat(decision.getString("report.determinations[1].status"))
                .isEqualTo(answer.jsonPath().getString("determinations[1].status"));

        // Written off the request path: listed once written, and then found by its filters.
        String hash = awaitListed(id);
        JsonPath filtered = given().queryParam("determination", "NON_INVASION")
                .queryParam("status", statuses.get("NON_INVASION"))
                .queryParam("rulebook", Rulebook.VERSION)
                .queryParam("size", 100)
                .get("/decisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(filtered.getList("items.factsHash", String.class)).contains(hash);
        String other = statuses.get("NON_INVASION").equals("BINDING") ? "NOT_BINDING" : "BINDING";
        JsonPath none = given().queryParam("determination", "NON_INVASION")
                .queryParam("status", other)
                .queryParam("since", "2000-01-01")
                .queryParam("size", 100)
                .get("/decisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(none.getList("items.id", String.class)).doesNotContain(id);
    }

    @Test
    void savedSetsAndScenariosAreLoggedWithTheirIds() {
        Response saved = save("Logged " + UUID.randomUUID(), "[]");
        String id = saved.jsonPath().getString("id");
        given().get("/decisions/" + saved.jsonPath().getString("decisionId"))
                .then()
                .statusCode(200)
                .body("origin", equalTo("SAVED"))
                .body("factSetId", equalTo(id))
                .body("factSetRevision", equalTo(1));
        Response report = given().get("/fact-sets/" + id + "/report?asOf=1962-11-20");
        report.then().statusCode(200).body("asOf", equalTo("1962-11-20"));
        given().get("/decisions/" + report.header(EvaluationResource.DECISION_ID))
                .then()
                .statusCode(200)
                .body("factSetId", equalTo(id))
                .body("asOf", equalTo("1962-11-20"));
        Response scenario = given().get("/scenarios/1962-11-13-bombers-remain/report");
        scenario.then().statusCode(200);
        given().get("/decisions/" + scenario.jsonPath().getString("decisionId"))
                .then()
                .statusCode(200)
                .body("origin", equalTo("SCENARIO"))
                .body("scenarioId", equalTo("1962-11-13-bombers-remain"));
    }

    @Test
    void theRunningRulebookIsRegisteredAndComparedWithItselfChangesNothing() throws InterruptedException {
        save("Regression " + UUID.randomUUID(), "[]").then().statusCode(201);
        awaitRegistered();
        given().get("/rulebooks").then().statusCode(200).body("id", hasItem(Rulebook.VERSION));
        given().get("/rulebooks/" + Rulebook.VERSION)
                .then()
                .statusCode(200)
                .body("files.'cooperation.drl'", equalTo(Rulebook.text("cooperation.drl")));
        JsonPath diff = given().queryParam("from", Rulebook.VERSION)
                .get("/regressions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(diff.getList("changed")).isEmpty();
        assertThat(diff.getInt("compared")).isEqualTo(diff.getInt("cases")).isGreaterThan(10);
        given().queryParam("from", Rulebook.VERSION)
                .get("/regressions.md")
                .then()
                .statusCode(200)
                .contentType("text/markdown")
                .body(startsWith("# What the rule change did: " + Rulebook.VERSION));
    }

    @Test
    void badRequestsAreProblemsNamingWhatIsWrong() throws Exception {
        given().get("/regressions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("problems[0].pointer", equalTo("?from"));
        given().get("/regressions?from=rules-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/rulebooks/rules-000000000000").then().statusCode(404).contentType("application/problem+json");
        given().get("/decisions/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/decisions?status=MAYBE").then().statusCode(400).body("problems[0].pointer", equalTo("?status"));
        given().get("/decisions?determination=PEACE")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("?determination"));
        given().get("/decisions?since=yesterday").then().statusCode(400).body("problems[0].pointer", equalTo("?since"));
        given().get("/fact-sets?size=0").then().statusCode(400).body("problems[0].pointer", equalTo("?size"));
        given().get("/fact-sets?size=101").then().statusCode(400).body("problems[0].pointer", equalTo("?size"));
        given().get("/fact-sets?page=abc").then().statusCode(400).body("problems[0].pointer", equalTo("?page"));
        given().get("/fact-sets/" + UUID.randomUUID() + "/report").then().statusCode(404);
        given().get("/scenarios/1962-11-13-bombers-remain/report?asOf=nonsense")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("problems[0].pointer", equalTo("?asOf"));

        post("{\"factSet\":" + FACTS + "}").then().statusCode(422).body("problems[0].pointer", equalTo("/name"));
        post("{\"name\":\"no facts\"}").then().statusCode(422).body("problems[0].pointer", equalTo("/factSet"));
        post(body("x".repeat(201), "[]", FACTS)).then().statusCode(422).body("problems[0].pointer", equalTo("/name"));
        post(body("tags", "[\"\"]", FACTS)).then().statusCode(422).body("problems[0].pointer", equalTo("/tags/0"));
        post(body(
                        "bad fact",
                        "[]",
                        "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\""
                                + ",\"status\":\"GONE\"}]}"))
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/factSet/facts/0/status"));
        post(body("bad date", "[]", "{\"asOf\":\"3000-01-01\",\"facts\":[]}"))
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/factSet/asOf"));
        post("{\"name\":\"x\",\"factSet\":{\"asOf\":\"1962-11-13\",\"facts\":[]},\"color\":1}")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/color"));
        post("null").then().statusCode(400).contentType("application/problem+json");
        post("{\"name\":").then().statusCode(400).body("type", equalTo(ProblemMapper.BASE + "malformed-json"));
        assertThat(Oversized.post("/fact-sets").statusCode()).isEqualTo(413);
    }

    static Response post(String body) {
        return given().contentType("application/json").body(body).when().post("/fact-sets");
    }

    /** Polls until the decision is written and listed; answers its fact set's hash. */
    static String awaitListed(String id) {
        for (int i = 0; i < 100; i++) {
            JsonPath page = given().queryParam("size", 100)
                    .get("/decisions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> ids = page.getList("items.id", String.class);
            int at = ids.indexOf(id);
            if (at >= 0) {
                return page.getString("items[" + at + "].factsHash");
            }
            sleep(50);
        }
        throw new AssertionError("decision " + id + " was not written within 5 s");
    }

    static void awaitRegistered() {
        for (int i = 0; i < 100; i++) {
            if (given().get("/rulebooks/" + Rulebook.VERSION).statusCode() == 200) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("the running rulebook was not registered within 5 s");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
