package org.assurances.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.assurances.engine.Evaluator;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.facts.StrictJson;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A decision id means a stored decision: {@link DecisionLog#record} answers an id only once the entry has
 * committed, and when the log cannot take the entry (the database refuses, the buffer is full, no commit in
 * time) it answers "not logged" with the reason instead, at once or when the wait runs out.
 */
class DecisionLogGroupCommitTest {
    static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper());
    static final Evaluator EVALUATOR = new Evaluator();

    JdbcDataSource h2;
    /** Holds every connection request while closed: the writer waits as on a slow database. */
    volatile CountDownLatch gate = new CountDownLatch(0);
    /** While set, every connection request fails as on a database that is down. */
    final AtomicBoolean down = new AtomicBoolean();

    DataSource db;
    FactSet facts;
    Report report;
    final List<DecisionLog> logs = new ArrayList<>();

    @BeforeEach
    void database() throws Exception {
        h2 = new JdbcDataSource();
        h2.setURL(
                "jdbc:h2:mem:group-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        db = (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        gate.await();
                        if (down.get()) {
                            throw new java.sql.SQLException("Connection refused", "08001");
                        }
                        return h2.getConnection();
                    }
                    return method.invoke(h2, args);
                });
        facts = JSON.readValue(
                "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\",\"system\":\"MRBM\","
                        + "\"status\":\"REMOVED\"}]}",
                FactSet.class);
        report = EVALUATOR.evaluate(facts);
    }

    @AfterEach
    void close() {
        gate.countDown();
        logs.forEach(DecisionLog::close);
    }

    DecisionLog log(int buffer, Duration confirmWithin) {
        DecisionLog log =
                new DecisionLog(db, JSON, new DecisionLog.Settings(buffer, 100, true, 365, null, confirmWithin));
        logs.add(log);
        return log;
    }

    CompletableFuture<DecisionLog.Logged> record(DecisionLog log) {
        return log.record(Decision.Origin.POSTED, facts, null, null, null, report);
    }

    long rows() throws Exception {
        try (Connection c = h2.getConnection();
                var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM decision")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void anAnsweredIdIsAlreadyWritten() throws Exception {
        DecisionLog log = log(1000, Duration.ofSeconds(5));
        List<CompletableFuture<DecisionLog.Logged>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(record(log));
        }
        for (CompletableFuture<DecisionLog.Logged> answer : answers) {
            DecisionLog.Logged logged = answer.get(10, TimeUnit.SECONDS);
            assertThat(logged.logged()).as(logged.reason()).isTrue();
            // Read from the database the moment the answer came: not pending, not missing.
            assertThat(log.find(logged.id(), false))
                    .hasValueSatisfying(d -> assertThat(d.pending()).isFalse());
        }
        assertThat(rows()).isEqualTo(200);
        assertThat(log.unlogged()).isZero();
    }

    @Test
    void aSlowCommitIsAnsweredWithoutAnIdWhenTheWaitRunsOut() throws Exception {
        DecisionLog log = log(1000, Duration.ofMillis(300));
        gate = new CountDownLatch(1);
        long t0 = System.nanoTime();
        DecisionLog.Logged logged = record(log).get(5, TimeUnit.SECONDS);
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertThat(logged.logged()).isFalse();
        assertThat(logged.id()).isNull();
        assertThat(logged.reason()).isEqualTo("the decision log did not confirm the write within 300 ms");
        assertThat(waited).as("ms waited").isBetween(250L, 3_000L);
        assertThat(log.unlogged()).isEqualTo(1);
        // The decision itself is still written once the database answers: a record of what was decided.
        gate.countDown();
        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aFullBufferIsAnsweredAtOnceWithoutAnId() throws Exception {
        DecisionLog log = log(3, Duration.ofSeconds(30));
        gate = new CountDownLatch(1);
        List<CompletableFuture<DecisionLog.Logged>> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiting.add(record(log));
        }
        // The writer takes what is queued into its batch, which waits on the database: the buffer counts only
        // what is still queued, so at most 3 more are taken; give the writer the time to take its batch.
        Thread.sleep(200);
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            CompletableFuture<DecisionLog.Logged> answer = record(log);
            if (answer.isDone()) {
                DecisionLog.Logged logged = answer.get();
                assertThat(logged.logged()).isFalse();
                assertThat(logged.reason()).isEqualTo("the decision log's buffer is full (3 entries wait)");
                refused++;
            } else {
                waiting.add(answer);
            }
        }
        assertThat(refused).as("refused at once").isGreaterThanOrEqualTo(7);
        assertThat(log.dropped()).isEqualTo(refused);
        assertThat(waiting).allSatisfy(f -> assertThat(f).isNotDone());
        gate.countDown();
        for (CompletableFuture<DecisionLog.Logged> answer : waiting) {
            assertThat(answer.get(10, TimeUnit.SECONDS).logged()).isTrue();
        }
        assertThat(rows()).isEqualTo(waiting.size());
    }

    @Test
    void whileTheDatabaseIsDownDecisionsAreAnsweredWithoutIdsAndWrittenWhenItIsBack() throws Exception {
        DecisionLog log = log(1000, Duration.ofSeconds(5));
        down.set(true);
        DecisionLog.Logged first = record(log).get(10, TimeUnit.SECONDS);
        assertThat(first.logged()).isFalse();
        assertThat(first.reason()).startsWith("the decision log cannot write (writing the decision log: the database");
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            DecisionLog.Logged later = record(log).get(10, TimeUnit.SECONDS);
            assertThat(later.logged()).isFalse();
            assertThat(later.reason()).startsWith("the decision log cannot write now");
        }
        assertThat((System.nanoTime() - t0) / 1_000_000)
                .as("ms for 20 answers while the database is down: none waits")
                .isLessThan(1_000);
        assertThat(log.unlogged()).isEqualTo(21);
        down.set(false);
        assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(rows()).as("all 21 kept and written once it was back").isEqualTo(21);
        DecisionLog.Logged after = record(log).get(10, TimeUnit.SECONDS);
        assertThat(after.logged()).isTrue();
    }
}
