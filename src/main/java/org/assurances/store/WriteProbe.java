package org.assurances.store;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Whether the database takes writes now: one row rewritten in one transaction. Reads go on working on a
 * full disk or a read-only database, so a check that only connects (as the datasource's own health check
 * does) says UP while every save fails. Asked at most once a second; between, the last answer stands.
 */
public final class WriteProbe {
    /** The answer: {@code reason} is null when the write went through. */
    public record Result(Instant at, String reason) {
        public boolean writable() {
            return reason == null;
        }
    }

    private static final Duration FRESH = Duration.ofSeconds(1);
    private final Jdbc jdbc;
    private volatile Result last;

    public WriteProbe(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** A probe under way, shared by the checks that come while it runs. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Result>> running =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * The answer within {@code bound}: a database that takes longer to write one row (H2 reopening its file, a
     * server not answering) is not writable for now. The probe itself runs on, off the caller's thread.
     */
    public Result check(Duration bound) {
        Result seen = last;
        Instant now = Instant.now();
        if (seen != null && seen.at().plus(FRESH).isAfter(now)) {
            return seen;
        }
        java.util.concurrent.CompletableFuture<Result> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Result> probe = running.compareAndExchange(null, mine);
        if (probe == null) {
            // Published before it starts, and withdrawn before it completes: a later check never gets an old answer.
            probe = mine;
            PROBES.execute(() -> {
                Result result = probe();
                running.compareAndSet(mine, null);
                mine.complete(result);
            });
        }
        try {
            return probe.get(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Result(now, "writing to the database: no write completed within " + bound.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(now, "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            return new Result(now, String.valueOf(e.getCause()));
        }
    }

    private static final java.util.concurrent.Executor PROBES =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "write-probe");
                t.setDaemon(true);
                return t;
            });

    private Result probe() {
        Instant now = Instant.now();
        Result result;
        try {
            jdbc.tx("writing to the database", c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE write_probe SET probed_at = ? WHERE id = 1")) {
                    s.setTimestamp(1, Jdbc.ts(now));
                    return s.executeUpdate();
                }
            });
            result = new Result(now, null);
        } catch (StoreUnavailableException e) {
            result = new Result(now, e.getMessage());
        }
        last = result;
        return result;
    }
}
