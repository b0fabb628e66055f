package org.assurances.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Readiness's write probe follows the database: UP while a write goes through, DOWN with the reason when not. */
class WriteProbeTest {
    @Test
    void theProbeSaysWhatTheLastWriteDidNeverAnOldAnswer() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(
                "jdbc:h2:mem:probe-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        AtomicBoolean refusing = new AtomicBoolean();
        DataSource db = (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && refusing.get()) {
                        throw new java.sql.SQLException("No space left on device", "HY000", 90100);
                    }
                    return method.invoke(h2, args);
                });
        WriteProbe probe = new WriteProbe(db);
        for (int round = 0; round < 3; round++) {
            assertThat(probe.check(Duration.ofSeconds(1)).writable())
                    .as("round " + round)
                    .isTrue();
            refusing.set(true);
            Thread.sleep(1_100); // past the one second an answer stands
            WriteProbe.Result down = probe.check(Duration.ofSeconds(1));
            assertThat(down.writable()).as("round " + round).isFalse();
            assertThat(down.reason()).contains("No space left on device");
            refusing.set(false);
            Thread.sleep(1_100);
        }
    }
}
