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
        DecisionLog first = new DecisionLog(closed, JSON, new DecisionLog.Settings(1000, 100, true, 365, spill));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(first.record(Decision.Origin.POSTED, facts, null, null, null, evaluator.evaluate(facts)));
        }
        first.close();
        assertThat(Files.readAllLines(spill)).hasSize(3);

        DecisionLog next = new DecisionLog(db, JSON, new DecisionLog.Settings(1000, 100, true, 365, spill));
        try {
            assertThat(next.flush(java.time.Duration.ofSeconds(10))).isTrue();
            assertThat(spill).doesNotExist();
            assertThat(next.written()).isEqualTo(3);
            for (String id : ids) {
                assertThat(next.find(id, true)).as(id).isPresent();
            }
        } finally {
            next.close();
        }
    }
}
