package org.assurances.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Every rulebook the service has run under: its id, when it was first and last seen, and its DRL texts. */
public class RulebookRegistry {
    private final Jdbc jdbc;

    public RulebookRegistry(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** A rulebook as the registry knows it; {@code files} is empty in a listing. */
    public record Entry(String id, Instant firstSeen, Instant lastSeen, Map<String, String> files) {}

    /** Records that the service runs under {@code id} now: adds it with its files, or moves its last-seen time. */
    public void register(String id, Map<String, String> files) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.tx("registering the rulebook", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE rulebook SET last_seen = ? WHERE id = ?")) {
                s.setTimestamp(1, Jdbc.ts(now));
                s.setString(2, id);
                if (s.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO rulebook (id, first_seen, last_seen) VALUES (?, ?, ?)")) {
                s.setString(1, id);
                s.setTimestamp(2, Jdbc.ts(now));
                s.setTimestamp(3, Jdbc.ts(now));
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO rulebook_file (rulebook_id, file_name, body) VALUES (?, ?, ?)")) {
                for (var file : files.entrySet()) {
                    s.setString(1, id);
                    s.setString(2, file.getKey());
                    s.setString(3, file.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    public List<Entry> list() {
        return jdbc.tx("listing rulebooks", c -> {
            List<Entry> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT id, first_seen, last_seen FROM rulebook ORDER BY first_seen DESC");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new Entry(
                            r.getString(1),
                            r.getTimestamp(2).toInstant(),
                            r.getTimestamp(3).toInstant(),
                            Map.of()));
                }
            }
            return all;
        });
    }

    public Optional<Entry> find(String id) {
        return jdbc.tx("reading a rulebook", c -> {
            Instant first;
            Instant last;
            try (PreparedStatement s = c.prepareStatement("SELECT first_seen, last_seen FROM rulebook WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Entry>empty();
                    }
                    first = r.getTimestamp(1).toInstant();
                    last = r.getTimestamp(2).toInstant();
                }
            }
            Map<String, String> files = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT file_name, body FROM rulebook_file WHERE rulebook_id = ? ORDER BY file_name")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        files.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return Optional.of(new Entry(id, first, last, files));
        });
    }
}
