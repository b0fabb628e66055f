package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.assurances.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** Counterfactuals, comparisons, batches and Markdown reports through HTTP, with their limits and bad input. */
@QuarkusTest
class AnalysisResourceTest {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final ScenarioLibrary LIBRARY = new ScenarioLibrary();

    static String factSet(String scenario) throws Exception {
        return JSON.writeValueAsString(LIBRARY.find(scenario).orElseThrow().factSet(null));
    }

    static JsonPath whatWouldItTake(String scenario, String determination, String wanted, int maxChanges)
            throws Exception {
        return given().contentType("application/json")
                .body("{\"factSet\":" + factSet(scenario) + ",\"determination\":\"" + determination + "\""
                        + ",\"wanted\":\""
                        + wanted + "\",\"maxChanges\":" + maxChanges + "}")
                .post("/counterfactuals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void in1970TheNonInvasionAssuranceTakesWhatTheMemoAskedForFirst() throws Exception {
        // Three changes are not enough: the Soviet pledge of 1970 is a private letter, and para 7(c) wants it public.
        JsonPath three = whatWouldItTake("1970-08-04-implicit-understanding", "NON_INVASION", "BINDING", 3);
        assertThat(three.getList("answers")).isEmpty();
        assertThat(three.getString("searched.cutShort")).isEqualTo("no answer within 3 changes");
        JsonPath answer = whatWouldItTake("1970-08-04-implicit-understanding", "NON_INVASION", "BINDING", 4);
        assertThat(answer.getString("was")).isEqualTo("NOT_BINDING");
        List<Map<String, Object>> answers = answer.getList("answers");
        assertThat(answers).isNotEmpty();
        List<Integer> sizes =
                answers.stream().map(a -> ((List<?>) a.get("changes")).size()).toList();
        assertThat(sizes).isSorted();
        assertThat(answers).allSatisfy(a -> assertThat(a.get("status")).isEqualTo("BINDING"));
        // Para 7: UN verification, a Cuban undertaking, safeguards Cuba accepts for the long term, a public Soviet
        // pledge.
        List<Map<String, Object>> first = answer.getList("answers[0].changes");
        assertThat(first)
                .anySatisfy(c -> assertThat(fact(c))
                        .containsEntry("type", "verification")
                        .containsEntry("by", "UN")
                        .containsEntry("outcome", "CONFIRMED"));
        assertThat(first)
                .anySatisfy(c -> assertThat(fact(c))
                        .containsEntry("type", "undertaking")
                        .containsEntry("party", "CUBA")
                        .containsEntry("status", "GIVEN"));
        assertThat(first)
                .anySatisfy(c -> assertThat(fact(c))
                        .containsEntry("type", "safeguard")
                        .containsEntry("term", "LONG_TERM")
                        .containsEntry("cubaStance", "ACCEPTED"));
        assertThat(first)
                .anySatisfy(c -> assertThat(fact(c))
                        .containsEntry("type", "undertaking")
                        .containsEntry("party", "USSR")
                        .containsEntry("status", "GIVEN")
                        .doesNotContainEntry("form", "PRIVATE_LETTER"));
        assertThat(first).hasSize(4);
        assertThat(first).allSatisfy(c -> assertThat(fact(c).get("date")).isEqualTo("1970-08-04"));
        assertThat(answer.getList("answers[0].determinations.id")).contains("NON_INVASION");
        assertThat(answer.getList("answers[0].conditions.rule", String.class))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).matches(".+ \\([A-Z]+-\\d{4}.*\\)"));
        assertThat(answer.getBoolean("searched.complete")).isTrue();
    }

    @Test
    void on13NovemberTheQuarantineTakesTheBombersOutOrPromisedOut() throws Exception {
        JsonPath answer = whatWouldItTake("1962-11-13-bombers-remain", "QUARANTINE_LIFT", "BINDING", 2);
        List<Map<String, Object>> first = answer.getList("answers[0].changes");
        assertThat(first).hasSize(1);
        Map<?, ?> fact = (Map<?, ?>) first.get(0).get("fact");
        assertThat(
                        fact.get("system") != null
                                ? "IL28_BOMBER".equals(fact.get("system")) && "REMOVED".equals(fact.get("status"))
                                : "REMOVE_IL28".equals(fact.get("pledge")))
                .as(fact.toString())
                .isTrue();
    }

    @Test
    void aBoundThatCutsTheSearchShortIsSaid() throws Exception {
        JsonPath none = whatWouldItTake("1970-08-04-implicit-understanding", "NON_INVASION", "BINDING", 1);
        assertThat(none.getList("answers")).isEmpty();
        assertThat(none.getString("searched.cutShort")).isEqualTo("no answer within 1 changes");
        JsonPath bounded = given().contentType("application/json")
                .body("{\"factSet\":" + factSet("1970-08-04-implicit-understanding")
                        + ",\"determination\":\"OUTCOME\",\"wanted\":\"BINDING\",\"maxChanges\":4,\"maxAnswers\":20,"
                        + "\"timeBudgetMs\":100,\"rewriteHistory\":true}")
                .post("/counterfactuals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(bounded.getBoolean("searched.complete")).isEqualTo(bounded.getString("searched.cutShort") == null);
        assertThat(bounded.getLong("searched.millis")).isLessThan(2_000);
    }

    @Test
    void rewritingHistoryIsOnlyTriedWhenAsked() throws Exception {
        JsonPath plain = whatWouldItTake("1962-11-13-bombers-remain", "NON_INVASION", "BINDING", 1);
        assertThat(plain.getList("answers.changes.flatten().kind", String.class))
                .doesNotContain("REMOVE", "CHANGE");
        JsonPath rewritten = given().contentType("application/json")
                .body("{\"factSet\":" + factSet("1962-11-13-bombers-remain")
                        + ",\"determination\":\"AIR_SURVEILLANCE\",\"wanted\":\"NOT_BINDING\""
                        + ",\"maxChanges\":1,\"rewriteHistory\":true}")
                .post("/counterfactuals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(rewritten.getInt("searched.candidates")).isGreaterThan(plain.getInt("searched.candidates"));
    }

    @Test
    void counterfactualBadInputIsAProblemNamingTheField() throws Exception {
        String set = factSet("1962-11-13-bombers-remain");
        post("/counterfactuals", "{\"factSet\":" + set + ",\"wanted\":\"BINDING\"}")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/determination"));
        post(
                        "/counterfactuals",
                        "{\"factSet\":" + set
                                + ",\"determination\":\"NON_INVASION\",\"wanted\":\"BINDING\",\"maxChanges\":9}")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/maxChanges"));
        post(
                        "/counterfactuals",
                        "{\"factSet\":" + set
                                + ",\"determination\":\"NON_INVASION\",\"wanted\":\"BINDING\",\"timeBudgetMs\":60000}")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/timeBudgetMs"));
        post("/counterfactuals", "{\"factSet\":" + set + ",\"determination\":\"NON_INVASION\",\"wanted\":\"SURE\"}")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/wanted"));
        post("/counterfactuals", "{\"determination\":\"NON_INVASION\",\"wanted\":\"BINDING\"}")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/factSet"));
        post(
                        "/counterfactuals",
                        "{\"factSet\":{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"bomb\"}]},"
                                + "\"determination\":\"NON_INVASION\",\"wanted\":\"BINDING\"}")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/factSet/facts/0/type"));
    }

    @Test
    void oneFactSetOnTwoDatesDiffersWhereTheQuarantineLifted() throws Exception {
        String body = "{\"factSet\":" + factSet("history-1962-1970")
                + ",\"leftAsOf\":\"1962-11-13\",\"rightAsOf\":\"1962-11-21\"}";
        JsonPath diff =
                post("/comparisons", body).then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("determinations.id", String.class)).contains("QUARANTINE_LIFT");
        assertThat(diff.getString("determinations.find { it.id == 'QUARANTINE_LIFT' }.right"))
                .isEqualTo("BINDING");
        assertThat(diff.getList("conditions")).isNotEmpty();
        assertThat(diff.getList("onlyLeft")).isEmpty();
        assertThat(diff.getString("left.asOf")).isEqualTo("1962-11-13");
        assertThat(diff.getString("right.asOf")).isEqualTo("1962-11-21");
    }

    @Test
    void twoFactSetsNameTheFactsThatDiffer() {
        String left = "{\"asOf\":\"1962-11-21\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\""
                + ",\"status\":\"REMOVED\"}]}";
        String right = "{\"asOf\":\"1962-11-21\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\""
                + ",\"status\":\"REMOVED\"},"
                + "{\"type\":\"weaponSystem\",\"system\":\"IL28_BOMBER\",\"status\":\"REMOVED\""
                + ",\"date\":\"1962-11-20\"}]}";
        JsonPath diff = post("/comparisons", "{\"left\":" + left + ",\"right\":" + right + "}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(diff.getList("onlyRight.index", Integer.class)).containsExactly(1);
        assertThat(diff.getString("onlyRight[0].fact.system")).isEqualTo("IL28_BOMBER");
        assertThat(diff.getString("onlyRight[0].says")).isEqualTo("the IL-28 bombers are out of Cuba (20 Nov 1962)");
        assertThat(diff.getList("onlyLeft")).isEmpty();
        assertThat(diff.getList("conditions.id", String.class)).isNotEmpty();

        post("/comparisons", "{\"left\":" + left + "}")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/right"));
        post("/comparisons", "{}").then().statusCode(422).body("problems[0].detail", equalTo("nothing to compare"));
        post("/comparisons", "{}").then().body("problems[0].pointer", equalTo("/left"));
        post("/comparisons", "{\"left\":" + left + ",\"right\":" + right + ",\"leftAsOf\":\"1962-11-13\"}")
                .then()
                .statusCode(422);
        post("/comparisons", "{\"factSet\":" + left + ",\"leftAsOf\":\"1962-11-13\",\"rightAsOf\":\"3000-01-01\"}")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/rightAsOf"));
    }

    @Test
    void aBatchStreamsOneReportPerLineInOrderOrACsv() throws Exception {
        String a = "{\"asOf\":\"1962-11-13\",\"facts\":[]}";
        String b = "{\"asOf\":\"1963-01-07\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\""
                + ",\"status\":\"REMOVED\"}]}";
        String c = "{\"asOf\":\"1970-08-04\",\"facts\":[]}";
        String lines = given().contentType("application/json")
                .body("[" + a + "," + b + "," + c + "]")
                .post("/evaluations/batch")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<String> reports = lines.lines().toList();
        assertThat(reports).hasSize(3);
        assertThat(reports.stream().map(l -> read(l).get("asOf").asText()))
                .containsExactly("1962-11-13", "1963-01-07", "1970-08-04");
        assertThat(reports)
                .allSatisfy(l -> assertThat(read(l).get("decisionId").asText()).isNotBlank());
        String second = given().contentType("application/json")
                .body(b)
                .post("/evaluations")
                .then()
                .extract()
                .asString();
        assertThat(read(reports.get(1)).get("determinations"))
                .isEqualTo(read(second).get("determinations"));

        String ndjson = given().contentType("application/x-ndjson")
                .body((a + "\n" + b + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/evaluations/batch")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(ndjson.lines()).hasSize(2);
        String csv = given().contentType("application/json")
                .accept("text/csv")
                .body("[" + a + "," + b + "]")
                .post("/evaluations/batch")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("index,asOf,decisionId,rulebook,QUARANTINE_LIFT,NON_INVASION");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith("1,1963-01-07,");
    }

    @Test
    void aBadBatchNamesTheFactSetAndNothingIsAnswered() {
        String a = "{\"asOf\":\"1962-11-13\",\"facts\":[]}";
        String bad = "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\""
                + ",\"status\":\"GONE\"}]}";
        given().contentType("application/json")
                .body("[" + a + "," + bad + "]")
                .post("/evaluations/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("problems[0].pointer", equalTo("/1/facts/0/status"));
        given().contentType("application/x-ndjson")
                .body((a + "\n" + bad).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/evaluations/batch")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/1/facts/0/status"));
        given().contentType("application/x-ndjson")
                .body((a + "\n{\"asOf\":").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/evaluations/batch")
                .then()
                .statusCode(400)
                .body("problems[0].pointer", equalTo("/1"));
        given().contentType("application/json")
                .body("[" + a + ",{\"asOf\":\"3000-01-01\",\"facts\":[]}]")
                .post("/evaluations/batch")
                .then()
                .statusCode(422)
                .body("problems[0].pointer", equalTo("/1/asOf"));
        given().contentType("application/json")
                .body("[]")
                .post("/evaluations/batch")
                .then()
                .statusCode(400)
                .body("problems[0].detail", equalTo("no fact sets"));
        given().contentType("application/json")
                .body("[" + String.join(",", java.util.Collections.nCopies(1001, a)) + "]")
                .post("/evaluations/batch")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aReportDownloadsAsMarkdown() throws Exception {
        String md = given().contentType("application/json")
                .accept("text/markdown")
                .body(factSet("1962-11-13-bombers-remain"))
                .post("/evaluations")
                .then()
                .statusCode(200)
                .contentType(containsString("text/markdown"))
                .header("Decision-Id", org.hamcrest.Matchers.notNullValue())
                .extract()
                .asString();
        assertThat(md)
                .startsWith("# The assurances as of 1962-11-13")
                .contains("## The US lifts the quarantine: **")
                .contains("ASSURANCES-1962-11-13 para 2")
                .contains("Decided by the rule: ")
                // statuses, values and facts in words; the ids only in backticks
                .contains("## Assurance against an invasion of Cuba: **not binding**")
                .contains("- **fails** Removal of offensive weapons verified by the UN")
                .contains("weaponSystem: the IL-28 bombers are in Cuba (22 Oct 1962)")
                .contains("Formalized: no (stated (a letter or a press conference), not formalized)")
                .contains("Binding since 23 Oct 1962.")
                .doesNotContain("**SATISFIED**", "**UNSATISFIED**", "**UNKNOWN**", "**NOT_BINDING**", "(NONE)")
                .doesNotContain("IL28_BOMBER", "PRESENT");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fact(Map<String, Object> change) {
        return (Map<String, Object>) change.get("fact");
    }

    static io.restassured.response.Response post(String path, String body) {
        return given().contentType("application/json").body(body).post(path);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
