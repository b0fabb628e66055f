package org.assurances.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assurances.facts.FactSet;
import org.assurances.oracle.FactSets;
import org.junit.jupiter.api.Test;

/**
 * Many distinct fact sets evaluated from many threads at once get, each, the answer the same set gets when
 * evaluated alone: nothing is shared between evaluations that one request could see of another's.
 */
@QuarkusTest
class ConcurrencyTest {
    static final int SETS = 300;
    static final int THREADS = 16;

    @Inject
    ObjectMapper json;

    @Test
    void manyDistinctFactSetsFromManyThreadsGetTheirSequentialAnswers() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (FactSet set : FactSets.factSets().sampleStream().limit(SETS).toList()) {
            bodies.add(json.writeValueAsString(set));
        }
        assertThat(bodies.stream().distinct().count()).as("distinct fact sets").isGreaterThan(SETS * 9 / 10);
        List<String> alone = new ArrayList<>();
        for (String body : bodies) {
            alone.add(answer(body));
        }
        assertThat(alone.stream().distinct().count()).as("distinct answers").isGreaterThan(10);

        // Each set twice, in a shuffled order, from 16 threads.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < SETS; i++) {
            order.add(i);
            order.add(i);
        }
        Collections.shuffle(order, new Random(19621113));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i : order) {
                answers.add(pool.submit(() -> answer(bodies.get(i))));
            }
            int differ = 0;
            for (int k = 0; k < order.size(); k++) {
                if (!answers.get(k).get().equals(alone.get(order.get(k)))) {
                    if (differ == 0) {
                        System.out.println("DIFF set " + bodies.get(order.get(k)));
                        System.out.println("DIFF alone " + alone.get(order.get(k)));
                        System.out.println("DIFF concur " + answers.get(k).get());
                    }
                    differ++;
                }
            }
            assertThat(differ)
                    .as("concurrent answers that differ from the sequential one")
                    .isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The full report, without its decision id (a new one per request). */
    private String answer(String body) throws Exception {
        String report = given().contentType("application/json")
                .body(body)
                .post("/evaluations?detail=full")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ObjectNode tree = (ObjectNode) json.readTree(report);
        tree.remove("decisionId");
        return tree.toString();
    }
}
