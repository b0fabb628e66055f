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

    public Result check() {
        Result seen = last;
        Instant now = Instant.now();
        if (seen != null && seen.at().plus(FRESH).isAfter(now)) {
            return seen;
        }
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
