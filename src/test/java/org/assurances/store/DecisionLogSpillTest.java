package org.assurances.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assurances.engine.Evaluator;
import org.assurances.facts.FactSet;
import org.assurances.facts.StrictJson;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the service decided just before it stopped, when the database had already closed (the embedded H2
 * closes itself as the JVM is told to stop), is kept in a file and written at the next start: no decision
 * is lost to a graceful shutdown.
 */
class DecisionLogSpillTest {
    static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper());
    static final java.time.Duration SECOND = java.time.Duration.ofSeconds(1);

    @Test
    void entriesTheClosedDatabaseCouldNotTakeAreKeptAndWrittenAtTheNextStart(@TempDir Path dir) throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Flyway.configure().dataSource(db).load().migrate();
        Path spill = dir.resolve("decision-log-pending.ndjson");
        Evaluator evaluator = new Evaluator();
        FactSet facts = JSON.readValue(
                "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\","
                        + "\"status\":\"REMOVED\"}]}",
                FactSet.class);

        // The database as the log sees it once H2's shutdown hook has closed it.
        javax.sql.DataSource closed = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    throw new java.sql.SQLException("Database is already closed", "90121", 90121);
                });
        DecisionLog first =
                new DecisionLog(closed, JSON, new DecisionLog.Settings(1000, 100, true, 365, spill, SECOND));
        List<DecisionLog.Logged> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(first.record(Decision.Origin.POSTED, facts, null, null, null, evaluator.evaluate(facts))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS));
        }
        // No id was answered for a decision the database could not take (none could later answer 404)...
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.logged()).isFalse();
            assertThat(a.reason()).contains("cannot write");
        });
        assertThat(first.unlogged()).isEqualTo(3);
        first.close();
        assertThat(Files.readAllLines(spill)).hasSize(3);

        // ...but the decisions are kept as a record, and written at the next start.
        DecisionLog next = new DecisionLog(db, JSON, new DecisionLog.Settings(1000, 100, true, 365, spill, SECOND));
        try {
            assertThat(next.flush(java.time.Duration.ofSeconds(10))).isTrue();
            assertThat(spill).doesNotExist();
            assertThat(next.written()).isEqualTo(3);
            assertThat(next.search(new Decision.Filter(null, null, null, null, null, null, null), 0, 10)
                            .total())
                    .isEqualTo(3);
        } finally {
            next.close();
        }
    }
}
