package org.assurances.postgres;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * PostgreSQL stopped under load and started again: evaluations keep answering, the saved-set endpoints
 * answer 503 problem+json (never a 500 or a hang), readiness goes down and up, an evaluation the log
 * cannot take is answered without an id and says so, and every decision whose id an evaluation answered is
 * in the database: counted row by row.
 */
@QuarkusTest
@TestProfile(Postgres.class)
@EnabledIf("org.assurances.postgres.Postgres#enabled")
class DatabaseFaultTest {
    static final String FACTS = "{\"asOf\":\"1962-11-13\",\"facts\":["
            + "{\"type\":\"weaponSystem\",\"system\":\"MRBM\",\"status\":\"REMOVED\",\"date\":\"1962-11-11\"}]}";

    @AfterEach
    void restart() throws Exception {
        Postgres.control("start");
    }

    @Test
    void evaluationsAnswerWhileTheDatabaseIsDownAndNoDecisionIsLost() throws Exception {
        assertThat(Postgres.answers())
                .as("PostgreSQL on 127.0.0.1:" + Postgres.PORT + " (bash .ci/postgres start)")
                .isTrue();
        // a fresh start under this profile: the rule base loads beside the start-up, and readiness waits for it
        readyWithin(java.time.Duration.ofSeconds(60));

        Map<String, Boolean> ids = new ConcurrentHashMap<>();
        AtomicInteger unlogged = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            workers.add(load.submit(() -> {
                while (running.get()) {
                    Response r =
                            given().contentType("application/json").body(FACTS).post("/evaluations");
                    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (r.statusCode() == 200) {
                        String id = r.header("Decision-Id");
                        if (id != null) {
                            ids.put(id, true);
                        } else {
                            // Answered without an id, and saying so: never an id the log does not hold.
                            assertThat(r.header("Decision-Logged")).isEqualTo("false");
                            assertThat(r.jsonPath().getBoolean("logged")).isFalse();
                            assertThat(r.jsonPath().getString("notLogged"))
                                    .containsAnyOf("cannot write", "did not confirm");
                            unlogged.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1_500);
        Postgres.control("stop");
        Thread.sleep(1_000);

        // Down: saved sets answer 503 quickly; readiness reports the database; evaluations go on.
        long t0 = System.nanoTime();
        given().get("/fact-sets")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");
        given().contentType("application/json")
                .body("{\"name\":\"x\",\"factSet\":" + FACTS + "}")
                .post("/fact-sets")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
        assertThat((System.nanoTime() - t0) / 1_000_000)
                .as("ms to answer two requests with the database down")
                .isLessThan(10_000);
        given().get("/q/health/ready").then().statusCode(503);
        // At least 2 s down, and until 20 are answered (a count, not a time: a busy machine answers fewer per second).
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Thread.sleep(2_000);
        while (unlogged.get() <= 20 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(unlogged.get())
                .as("evaluations answered while the database was down")
                .isGreaterThan(20);
        int buffered = given().get("/q/metrics")
                .then()
                .extract()
                .asString()
                .lines()
                .filter(l -> l.startsWith("assurances_decisions_buffered "))
                .findFirst()
                .map(l -> (int) Double.parseDouble(l.split(" ")[1]))
                .orElseThrow();
        assertThat(buffered).as("entries waiting in the buffer").isPositive();

        Postgres.control("start");
        Thread.sleep(1_000);
        running.set(false);
        for (Future<?> w : workers) {
            w.get();
        }
        load.shutdown();
        assertThat(statuses.keySet()).as("statuses answered to evaluations").containsOnly(200);

        // Every answered id was written before it was answered: all are there at once, with no waiting.
        assertThat(count(ids.keySet()))
                .as("decision rows for the " + ids.size() + " answered evaluations")
                .isEqualTo(ids.size());
        // Readiness keeps an answer for a second and the pool reconnects on its own: UP again within seconds.
        readyWithin(java.time.Duration.ofSeconds(10));
        given().get("/fact-sets").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertThat(metrics).contains("assurances_decisions_dropped_total 0.0");
    }

    static int count(java.util.Set<String> ids) throws Exception {
        int found = 0;
        try (Connection c = DriverManager.getConnection(Postgres.URL, "assurances", "assurances");
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM decision WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                found = r.getInt(1);
            }
        }
        return found;
    }

    /** Waits for readiness to say UP, as a load balancer would, failing with its last answer if it does not. */
    private static void readyWithin(java.time.Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        Response ready = given().get("/q/health/ready");
        while (ready.statusCode() != 200 && System.nanoTime() < until) {
            Thread.sleep(100);
            ready = given().get("/q/health/ready");
        }
        assertThat(ready.statusCode()).as("readiness: " + ready.asString()).isEqualTo(200);
    }
}
