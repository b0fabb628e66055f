package org.assurances.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Plain JDBC with one rule: every database error becomes {@link StoreUnavailableException}, after a rollback. */
final class Jdbc {
    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction. When the database turns out to be gone (see {@link #broken}) the pool's
     * connections are dropped and the work is tried once more, 50 ms later, on a new connection. That reopens an
     * embedded database that closed itself: H2 does so from its own JVM shutdown hook at SIGTERM (its AUTO_SERVER
     * mode cannot be combined with DB_CLOSE_ON_EXIT=FALSE), while requests are still being served and the decision
     * log drains. One retry only: H2 takes about 2 s to reopen a file whose lock it has just held.
     */
    <T> T tx(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(what, work);
            } catch (StoreUnavailableException e) {
                // The pool drops its connections in the background: a pooled one may still be dead for a moment.
                if (attempt == 2 || !(e.getCause() instanceof SQLException s && broken(s))) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private <T> T once(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            if (broken(e)) {
                // The pool's connections are as dead as this one (H2 closed itself after a full disk; PostgreSQL
                // restarted): drop them all, so the next call opens the database afresh instead of failing forever.
                if (dataSource instanceof io.agroal.api.AgroalDataSource pool) {
                    pool.flush(io.agroal.api.AgroalDataSource.FlushMode.ALL);
                }
            }
            throw new StoreUnavailableException(what, e);
        }
    }

    /**
     * Whether {@code e} says the connection or the database itself is gone, not just this statement refused: a
     * connection error (SQLState class 08), a server shutting down (57P), or H2 reporting its database closed,
     * broken or out of disk space (its error codes 90098, 90121, 90028, 90031, 90100, 90067), or a general
     * error (50000, which it answers to a failed write of its file).
     */
    static boolean broken(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState() == null ? "" : s.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || H2_BROKEN.contains(s.getErrorCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<Integer> H2_BROKEN =
            java.util.Set.of(90098, 90121, 90028, 90031, 90100, 90067, 50000);

    static Timestamp ts(Instant t) {
        return Timestamp.from(t);
    }
}
