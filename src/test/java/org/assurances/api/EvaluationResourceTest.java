package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The HTTP contract of the service. */
@QuarkusTest
class EvaluationResourceTest {

    @Test
    void theThirteenthOfNovemberGivesTheDocumentedVerdicts() {
        given().contentType("application/json")
                .body(Examples.NOV_13)
                .when()
                .post("/evaluations")
                .then()
                .statusCode(200)
                .body("rulebook", matchesPattern("rules-[0-9a-f]{12}"))
                .body("asOf", equalTo("1962-11-13"))
                .body("determinations.find { it.id == 'QUARANTINE_LIFT' }.status", equalTo("UNDETERMINED"))
                .body("determinations.find { it.id == 'NON_INVASION' }.status", equalTo("NOT_BINDING"))
                .body("determinations.find { it.id == 'NON_INVASION' }.conditions", hasItems("REMOVAL_VERIFIED_BY_UN"))
                .body(
                        "conditions.find { it.id == 'REMOVAL_VERIFIED_BY_UN' }.parts",
                        org.hamcrest.Matchers.contains("OFFENSIVE_OUT", "UN_VERIFICATION"))
                .body("conditions.find { it.id == 'UN_VERIFICATION' }.facts", hasItems(3, 4, 5))
                .body("conditions.findAll { it.id == 'UN_VERIFICATION' }", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void detailFullNestsEachDeterminationsConditionsAsWholeTrees() {
        given().contentType("application/json")
                .body(Examples.NOV_13)
                .when()
                .post("/evaluations?detail=full")
                .then()
                .statusCode(200)
                .body(
                        "determinations.find { it.id == 'NON_INVASION' }.conditions.find { it.id == "
                                + "'REMOVAL_VERIFIED_BY_UN' }.parts.find { it.id == 'UN_VERIFICATION' }.facts",
                        hasItems(3, 4, 5))
                .body("conditions.find { it.id == 'REMOVAL_VERIFIED_BY_UN' }.parts.id", hasItems("UN_VERIFICATION"));
    }

    /** The full report says what each posted fact says, in posted order; the compact one leaves that out. */
    @Test
    void theFullReportSaysWhatEachPostedFactSaysInWords() {
        String body = "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\""
                + ",\"status\":\"REMOVED\",\"date\":\"1962-11-11\"},{\"type\":\"weaponSystem\","
                + "\"system\":\"IL28_BOMBER\",\"status\":\"PRESENT\",\"date\":\"1962-10-22\"}]}";
        var full = given().contentType("application/json")
                .body(body)
                .post("/evaluations?detail=full")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        org.assertj.core.api.Assertions.assertThat(full.getList("factsSay", String.class))
                .containsExactly(
                        "the MRBMs are out of Cuba (11 Nov 1962)", "the IL-28 bombers are in Cuba (22 Oct 1962)");
        var compact = given().contentType("application/json")
                .body(body)
                .post("/evaluations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        org.assertj.core.api.Assertions.assertThat(compact.getMap("$")).doesNotContainKey("factsSay");
    }

    @Test
    void theCompactReportIsSmallerAndSaysTheSameAsTheFullOne() {
        String compact = given().contentType("application/json")
                .body(Examples.NOV_13)
                .post("/evaluations")
                .asString();
        String full = given().contentType("application/json")
                .body(Examples.NOV_13)
                .post("/evaluations?detail=full")
                .asString();
        var c = io.restassured.path.json.JsonPath.from(compact);
        var f = io.restassured.path.json.JsonPath.from(full);
        org.assertj.core.api.Assertions.assertThat(compact.length()).isLessThan(full.length() / 2);
        org.assertj.core.api.Assertions.assertThat(c.getList("determinations.status"))
                .isEqualTo(f.getList("determinations.status"));
        org.assertj.core.api.Assertions.assertThat(c.getList("conditions.value"))
                .isEqualTo(f.getList("conditions.value"));
        org.assertj.core.api.Assertions.assertThat(c.getList("conditions.rule"))
                .isEqualTo(f.getList("conditions.rule"));
        org.assertj.core.api.Assertions.assertThat(c.getList("determinations.conditions"))
                .isEqualTo(f.getList("determinations.conditions.id"));
    }

    @Test
    void anUnknownLevelOfDetailIsA400NamingTheParameter() {
        given().contentType("application/json")
                .body(Examples.NOV_13)
                .when()
                .post("/evaluations?detail=everything")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("problems[0].pointer", containsString("detail"));
    }

    @Test
    void theReadmeCurlExampleGivesTheAnswerTheReadmeShows() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String body = readme.substring(readme.indexOf("-d '") + 4, readme.indexOf("'\n```", readme.indexOf("-d '")));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                        "(?m)^([A-Z_]{6,})\\s+(BINDING|NOT_BINDING|UNDETERMINED)\\b")
                .matcher(readme);
        int rows = 0;
        var response = given().contentType("application/json")
                .body(body)
                .when()
                .post("/evaluations")
                .then()
                .statusCode(200);
        while (row.find()) {
            rows++;
            response.body("determinations.find { it.id == '" + row.group(1) + "' }.status", equalTo(row.group(2)));
        }
        org.assertj.core.api.Assertions.assertThat(rows).isEqualTo(7);
        String sevenA = "conditions.find { it.id == 'REMOVAL_VERIFIED_BY_UN' }";
        response.body("determinations.find { it.id == 'NON_INVASION' }.conditions", hasItems("REMOVAL_VERIFIED_BY_UN"))
                .body(sevenA + ".parts", hasItems("UN_VERIFICATION"))
                .body("conditions.find { it.id == 'UN_VERIFICATION' }.facts", hasItems(3, 4))
                .body("conditions.find { it.id == 'UN_VERIFICATION' }.value", equalTo("UNKNOWN"))
                .body("determinations.find { it.id == 'AIR_SURVEILLANCE' }.bindingSince", equalTo("1962-10-23"))
                .body(sevenA + ".rule", containsString("(ASSURANCES-1962-11-13 para 7(a))"))
                .body(sevenA + ".rule", equalTo(readmeField(readme, "rule")))
                .body(sevenA + ".reason", equalTo(readmeField(readme, "reason")));
    }

    /** A field of the JSON excerpt the README shows for 7(a). */
    private static String readmeField(String readme, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\": \"([^\"]+)\"")
                .matcher(readme.substring(readme.indexOf("\"id\": \"REMOVAL_VERIFIED_BY_UN\"")));
        org.assertj.core.api.Assertions.assertThat(m.find())
                .as("README shows 7(a)'s " + field)
                .isTrue();
        return m.group(1);
    }

    @Test
    void theCatalogListsEveryDeterminationWithQuotedText() throws Exception {
        String catalog = given().when()
                .get("/assurances")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // .ci/run hands this to shared/tools/quote-check, which holds the catalog's quotes to the documents
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/catalog.json"), catalog);
        given().when()
                .get("/assurances")
                .then()
                .statusCode(200)
                .body("$", hasSize(7))
                .body("find { it.id == 'QUARANTINE_LIFT' }.terms", hasSize(2))
                .body("find { it.id == 'QUARANTINE_LIFT' }.terms[1].quote", containsString("November 12th"))
                .body(
                        "find { it.id == 'NON_INVASION' }.terms[0].conditions.id",
                        hasItems("OFFERED", "REMOVAL_VERIFIED_BY_UN"))
                .body(
                        "find { it.id == 'NON_INVASION' }.quote",
                        containsString("An assurance against an invasion of Cuba"));
        given().when()
                .get("/assurances/oas_parallel_assurance")
                .then()
                .statusCode(200)
                .body("terms[0].conditions.id", hasItems("OAS_RESOLUTION", "REMOVAL_VERIFIED_BY_UN"));
        given().when().get("/assurances/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void operationsEndpointsAnswer() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        containsString("weaponSystem:"),
                        containsString("verification:"),
                        containsString("undertaking:"),
                        containsString("safeguard:"),
                        containsString("declaration:"),
                        containsString("usAction:"),
                        containsString("incident:"),
                        containsString("TROIKA_COMMISSION"),
                        containsString("examples:"));
        given().contentType("application/json")
                .body(Examples.NOV_13)
                .post("/evaluations")
                .then()
                .statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("assurances_evaluations_seconds_count"));
    }

    /**
     * The JVM's and the system's meters, bound once the first evaluation is answered (JvmMeters) instead of during the
     * start-up: after an evaluation they are there, one of each binder, bound once.
     */
    @Test
    void theJvmMetersFollowTheFirstAnswer() {
        given().contentType("application/json")
                .body(Examples.NOV_13)
                .post("/evaluations")
                .then()
                .statusCode(200);
        String[] binders = {
            "jvm_classes_loaded_classes",
            "jvm_gc_overhead",
            "jvm_memory_used_bytes",
            "jvm_threads_live_threads",
            "jvm_info",
            "jvm_gc_memory_allocated_bytes",
            "process_uptime_seconds",
            "system_cpu_count",
            "process_files_open_files"
        };
        String metrics = "";
        for (int i = 0; i < 100; i++) {
            // Each family starts a line, the first one included: the order of families differs from run to run.
            metrics = "\n"
                    + given().get("/q/metrics").then().statusCode(200).extract().asString();
            String seen = metrics;
            if (java.util.Arrays.stream(binders).allMatch(b -> seen.contains("\n# TYPE " + b))) {
                break;
            }
            RecordsResourceTest.sleep(50);
        }
        for (String binder : binders) {
            org.assertj.core.api.Assertions.assertThat(metrics)
                    .as("metrics after the first answer")
                    .contains("\n# TYPE " + binder);
        }
        org.assertj.core.api.Assertions.assertThat(metrics.split("\n# TYPE jvm_memory_used_bytes ", -1))
                .as("jvm_memory_used_bytes declared once")
                .hasSize(2);
    }
}
