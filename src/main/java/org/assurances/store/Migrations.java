package org.assurances.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The schema is migrated by Flyway (src/main/resources/db/migration), but Flyway itself is only started
 * when the database is behind: starting it to find that nothing is to be done took a second of a
 * three-second start-up. One query on Flyway's own history table says whether the latest migration ran.
 */
public final class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class);
    /** The version of the last file in db/migration (MigrationsTest holds this to the files). */
    public static final int LATEST = 2;

    private Migrations() {}

    /** Migrates with {@code flyway} unless the history table says version {@link #LATEST} is applied. */
    public static void ensure(DataSource source, Supplier<Flyway> flyway) {
        if (applied(source) >= LATEST) {
            return;
        }
        LOG.infof("database schema behind version %d: migrating", LATEST);
        try {
            flyway.get().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            // No database to migrate (PostgreSQL down, a full disk at the first start): the records are unavailable
            // (503 for saved sets, evaluations answered unlogged), and the next use tries again.
            throw new StoreUnavailableException("preparing the database", e);
        }
    }

    /** Flyway over {@code source}, with the migrations of db/migration. */
    public static Flyway flyway(DataSource source) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(source)
                .locations("classpath:db/migration")
                .load();
    }

    /** The highest successfully applied version, or 0 (no history table yet, or no database to ask). */
    static int applied(DataSource source) {
        try (Connection c = source.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success")) {
            int highest = 0;
            while (r.next()) {
                String version = r.getString(1);
                if (version != null && version.matches("\\d+")) {
                    highest = Math.max(highest, Integer.parseInt(version));
                }
            }
            return highest;
        } catch (SQLException e) {
            return 0; // no history table (a new database): Flyway creates it
        }
    }
}
