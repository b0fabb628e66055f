package org.assurances.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.assurances.facts.FactSet;

/**
 * Saved fact sets and every revision of each. A revision is never changed or removed but with its fact
 * set; {@link #update} refuses to revise anything but the latest revision ({@link SavedFactSet.Conflict}).
 */
public class FactSetStore {
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {};
    private final Jdbc jdbc;
    private final ObjectMapper json;

    public FactSetStore(DataSource dataSource, ObjectMapper json) {
        this.jdbc = new Jdbc(dataSource);
        this.json = json;
    }

    /** The hash a fact set is known by in the decision log: SHA-256 of its JSON. */
    public String hash(FactSet factSet) {
        return Hashes.of(json, factSet);
    }

    public SavedFactSet create(SavedFactSet.Draft draft) {
        String id = UUID.randomUUID().toString();
        Instant now = now();
        return jdbc.tx("saving a fact set", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO fact_set (id, name, revision, created, updated) VALUES (?, ?, 1, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, draft.name());
                s.setTimestamp(3, Jdbc.ts(now));
                s.setTimestamp(4, Jdbc.ts(now));
                s.executeUpdate();
            }
            insertRevision(c, id, 1, draft, now);
            return new SavedFactSet(id, draft.name(), draft.description(), draft.tags(), 1, now, now, draft.factSet());
        });
    }

    /** Saves {@code draft} as the next revision, if the latest is {@code expected}. */
    public SavedFactSet update(String id, int expected, SavedFactSet.Draft draft) {
        Instant now = now();
        return jdbc.tx("revising a fact set", c -> {
            Instant created;
            int current;
            try (PreparedStatement s =
                    c.prepareStatement("SELECT revision, created FROM fact_set WHERE id = ? FOR UPDATE")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new SavedFactSet.NotFound(id);
                    }
                    current = r.getInt(1);
                    created = r.getTimestamp(2).toInstant();
                }
            }
            if (current != expected) {
                throw new SavedFactSet.Conflict(id, expected, current);
            }
            int next = current + 1;
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE fact_set SET name = ?, revision = ?, updated = ? WHERE id = ?")) {
                s.setString(1, draft.name());
                s.setInt(2, next);
                s.setTimestamp(3, Jdbc.ts(now));
                s.setString(4, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM fact_set_tag WHERE fact_set_id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
            insertRevision(c, id, next, draft, now);
            return new SavedFactSet(
                    id, draft.name(), draft.description(), draft.tags(), next, created, now, draft.factSet());
        });
    }

    public Optional<SavedFactSet> find(String id) {
        return jdbc.tx("reading a fact set", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT f.id, r.name, r.description, r.tags, f.revision,"
                    + " f.created, f.updated, r.facts FROM fact_set f JOIN fact_set_revision r"
                    + " ON r.fact_set_id = f.id AND r.revision = f.revision WHERE f.id = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new SavedFactSet(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            tags(r.getString(4)),
                            r.getInt(5),
                            r.getTimestamp(6).toInstant(),
                            r.getTimestamp(7).toInstant(),
                            read(r.getString(8))));
                }
            }
        });
    }

    /** Every revision of a fact set, oldest first. */
    public List<SavedFactSet.Revision> revisions(String id) {
        return jdbc.tx("reading revisions", c -> {
            List<SavedFactSet.Revision> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT revision, name, description, tags, saved,"
                    + " facts_hash, facts FROM fact_set_revision WHERE fact_set_id = ? ORDER BY revision")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        all.add(new SavedFactSet.Revision(
                                r.getInt(1),
                                r.getString(2),
                                r.getString(3),
                                tags(r.getString(4)),
                                r.getTimestamp(5).toInstant(),
                                r.getString(6),
                                read(r.getString(7))));
                    }
                }
            }
            if (all.isEmpty()) {
                throw new SavedFactSet.NotFound(id);
            }
            return all;
        });
    }

    /** Removes a fact set and all its revisions; false if there was none. */
    public boolean delete(String id) {
        return jdbc.tx("deleting a fact set", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM fact_set WHERE id = ?")) {
                s.setString(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** A page of saved fact sets, newest change first; {@code name} matches a part of the name, any case. */
    public SavedFactSet.Page<SavedFactSet.Summary> list(String name, String tag, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            where.append(" AND LOWER(f.name) LIKE ? ESCAPE '!'");
            args.add("%"
                    + name.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (tag != null && !tag.isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM fact_set_tag t WHERE t.fact_set_id = f.id AND t.tag = ?)");
            args.add(tag);
        }
        return jdbc.tx("listing fact sets", c -> {
            long total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM fact_set f" + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<SavedFactSet.Summary> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT f.id, r.name, r.description, r.tags, f.revision,"
                    + " f.updated, r.facts FROM fact_set f JOIN fact_set_revision r ON r.fact_set_id = f.id"
                    + " AND r.revision = f.revision" + where + " ORDER BY f.updated DESC, f.id LIMIT ? OFFSET ?")) {
                int i = bind(s, args);
                s.setInt(i++, size);
                s.setLong(i, (long) page * size);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        FactSet facts = read(r.getString(7));
                        items.add(new SavedFactSet.Summary(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                tags(r.getString(4)),
                                r.getInt(5),
                                r.getTimestamp(6).toInstant(),
                                facts.asOf(),
                                facts.facts().size()));
                    }
                }
            }
            return new SavedFactSet.Page<>(items, page, size, total);
        });
    }

    /** Every saved fact set at its latest revision (the regression diff re-evaluates them all). */
    public List<SavedFactSet> all() {
        List<String> ids = jdbc.tx("listing fact sets", c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM fact_set ORDER BY created, id");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        });
        List<SavedFactSet> all = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(all::add);
        }
        return all;
    }

    private void insertRevision(Connection c, String id, int revision, SavedFactSet.Draft draft, Instant now)
            throws SQLException {
        String facts = write(draft.factSet());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO fact_set_revision (fact_set_id, revision, name,"
                + " description, tags, facts, facts_hash, saved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, revision);
            s.setString(3, draft.name());
            s.setString(4, draft.description());
            s.setString(5, write(draft.tags()));
            s.setString(6, facts);
            // hash() of the fact set, from the JSON already written rather than writing it again
            s.setString(7, Hashes.sha256(facts.getBytes(StandardCharsets.UTF_8)));
            s.setTimestamp(8, Jdbc.ts(now));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO fact_set_tag (fact_set_id, tag) VALUES (?, ?)")) {
            for (String tag : new java.util.LinkedHashSet<>(draft.tags())) {
                s.setString(1, id);
                s.setString(2, tag);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static int bind(PreparedStatement s, List<String> args) throws SQLException {
        int i = 1;
        for (String a : args) {
            s.setString(i++, a);
        }
        return i;
    }

    /** Timestamps are kept to the microsecond, as PostgreSQL keeps them, so what is read equals what was written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private FactSet read(String text) {
        try {
            return json.readValue(text, FactSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored fact set no longer reads: " + e.getOriginalMessage(), e);
        }
    }

    private List<String> tags(String text) {
        try {
            return json.readValue(text, TAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored tags no longer read", e);
        }
    }
}
