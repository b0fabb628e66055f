package org.assurances.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.report.CompactReport;
import org.jboss.logging.Logger;

/**
 * The decision log, with group commit: {@link #record} queues the entry and answers a future that one
 * writer thread completes once the entry's transaction has committed. The writer takes whatever is queued
 * (up to a batch) as one transaction, so under load many requests share one commit, and a request never
 * blocks a thread while it waits. A decision id is answered only once it is written: a kill -9 after the
 * answer loses nothing. When the log cannot take an entry (the database refuses, the buffer is full, no
 * commit within the wait) the future completes {@link Logged#not not logged} with the reason, and the
 * report goes out without an id: never an id that later answers 404.
 *
 * <p>A report is a function of its rulebook, fact set and as-of date, so it is stored once per such key
 * (gzipped JSON, without the decision id) however many decisions share it.
 */
public class DecisionLog implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DecisionLog.class);

    /**
     * An entry as it waits in the buffer: small, whatever the report's size. {@code report} holds the
     * gzipped report only when no earlier entry carried the same report key; else null.
     */
    record Entry(
            String id,
            Instant at,
            String rulebook,
            String factsHash,
            java.time.LocalDate asOf,
            Decision.Origin origin,
            String factSetId,
            Integer revision,
            String scenarioId,
            String statuses,
            String reportKey,
            byte[] report) {}

    /**
     * How the log is set up. {@code spill}: where entries not yet written at shutdown are kept, to be written
     * at the next start (null: not kept). The embedded H2 database closes itself when the JVM is told to stop,
     * before the log can write what the last requests decided. {@code confirmWithin}: how long a request waits for its
     * entry's commit before it is answered without a decision id. {@code commitInterval}: the least time between
     * the starts of two commits.
     */
    public record Settings(
            int buffer,
            int batch,
            boolean storeReports,
            int retentionDays,
            java.nio.file.Path spill,
            Duration confirmWithin,
            Duration commitInterval) {
        public Settings(int buffer, int batch, boolean storeReports, int retentionDays) {
            this(buffer, batch, storeReports, retentionDays, null, Duration.ofSeconds(2), Duration.ofMillis(5));
        }

        public Settings(
                int buffer,
                int batch,
                boolean storeReports,
                int retentionDays,
                java.nio.file.Path spill,
                Duration confirmWithin) {
            this(buffer, batch, storeReports, retentionDays, spill, confirmWithin, Duration.ofMillis(5));
        }
    }

    /**
     * What a request is told about its decision: its id once written, or why it was not logged (then
     * {@code id} is null).
     */
    public record Logged(String id, String reason) {
        static Logged as(String id) {
            return new Logged(id, null);
        }

        public static Logged not(String reason) {
            return new Logged(null, reason);
        }

        public boolean logged() {
            return id != null;
        }
    }

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Settings settings;
    /** Lock-free both ways: request threads never wait on the writer, nor on each other. */
    private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();

    private final AtomicInteger queued = new AtomicInteger();
    private final Map<String, Entry> pending = new ConcurrentHashMap<>();
    /** The requests waiting for their entry's commit, by id. */
    private final Map<String, CompletableFuture<Logged>> waiting = new ConcurrentHashMap<>();
    /**
     * Report keys already written or on their way (forgotten all at once past 10,000): a report is serialized once per
     * key.
     */
    private final Map<String, Boolean> storedReports = new ConcurrentHashMap<>();

    private static final int REMEMBERED_REPORTS = 10_000;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong unlogged = new AtomicLong();
    /** Set by the writer before it parks with nothing to do: {@link #record} wakes it. */
    private volatile boolean idle;

    private final Thread writer;
    private volatile boolean running = true;
    private volatile String lastError;
    private Instant nextPurge = Instant.EPOCH;

    public DecisionLog(DataSource dataSource, ObjectMapper json, Settings settings) {
        this.jdbc = new Jdbc(dataSource);
        this.json = json;
        this.settings = settings;
        replay();
        this.writer = new Thread(this::write, "decision-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues a decision; the future answers its id (a time-ordered UUID) once it is written, or why it was not
     * logged. On the caller's thread: the fact set's hash, and the report serialized and gzipped if its key is
     * new; the rest is the writer's. The future completes on the writer's thread: a caller that does more work
     * than reading the id hops back to its own.
     */
    public CompletableFuture<Logged> record(
            Decision.Origin origin,
            FactSet factSet,
            String factSetId,
            Integer revision,
            String scenarioId,
            Report report) {
        String id = newId();
        String hash = Hashes.of(json, factSet);
        String key = null;
        byte[] body = null;
        if (settings.storeReports()) {
            key = Hashes.sha256(
                    report.rulebook().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    hash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (storedReports.size() > REMEMBERED_REPORTS) {
                storedReports.clear();
            }
            if (storedReports.putIfAbsent(key, Boolean.TRUE) == null) {
                body = gzip(CompactReport.of(report.withDecisionId(null)));
            }
        }
        Entry entry = new Entry(
                id,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                report.rulebook(),
                hash,
                factSet.asOf(),
                origin,
                factSetId,
                revision,
                scenarioId,
                statuses(report),
                key,
                body);
        if (queued.incrementAndGet() > settings.buffer()) {
            queued.decrementAndGet();
            if (body != null) {
                storedReports.remove(key);
            }
            dropped.incrementAndGet();
            return notLogged("the decision log's buffer is full (" + settings.buffer() + " entries wait)");
        }
        pending.put(id, entry);
        String refused = lastError;
        if (refused != null) {
            // The writer is retrying a batch the database refused: the entry is kept, to be written as a record of
            // what was decided once it can, but the request is not kept waiting for it, and gets no id.
            queue.offer(entry);
            return notLogged("the decision log cannot write now (" + refused + ")");
        }
        CompletableFuture<Logged> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        queue.offer(entry);
        if (idle) {
            LockSupport.unpark(writer);
        }
        return answer.completeOnTimeout(
                        Logged.not("the decision log did not confirm the write within "
                                + settings.confirmWithin().toMillis() + " ms"),
                        settings.confirmWithin().toMillis(),
                        TimeUnit.MILLISECONDS)
                .whenComplete((logged, e) -> {
                    waiting.remove(id);
                    if (!logged.logged()) {
                        unlogged.incrementAndGet();
                    }
                });
    }

    private CompletableFuture<Logged> notLogged(String reason) {
        unlogged.incrementAndGet();
        return CompletableFuture.completedFuture(Logged.not(reason));
    }

    /** Tells the requests waiting on {@code entries} how their decisions went. */
    private void answer(List<Entry> entries, boolean written, String reason) {
        for (Entry e : entries) {
            CompletableFuture<Logged> f = waiting.remove(e.id());
            if (f != null) {
                f.complete(written ? Logged.as(e.id()) : Logged.not(reason));
            }
        }
    }

    /** Drops entries that will not be written: counted, and their report keys no longer taken as stored. */
    private void forget(List<Entry> entries) {
        answer(entries, false, "the decision log could not write it");
        for (Entry e : entries) {
            pending.remove(e.id());
            if (e.report() != null) {
                storedReports.remove(e.reportKey());
            }
        }
        dropped.addAndGet(entries.size());
    }

    /** Entries waiting to be written. */
    public int buffered() {
        return pending.size();
    }

    /** Entries dropped because the buffer was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Entries written. */
    public long written() {
        return written.get();
    }

    /** Decisions answered without an id: the log could not take them, or did not confirm them in time. */
    public long unlogged() {
        return unlogged.get();
    }

    /** Batches that failed to write and were kept to try again. */
    public long failures() {
        return failures.get();
    }

    /** Waits until every entry queued so far is written, for at most {@code timeout}; true if it was. */
    public boolean flush(Duration timeout) {
        return drain(timeout, true);
    }

    /** Waits for the writer to empty the log, at most {@code timeout}; while the database refuses, only if asked. */
    private boolean drain(Duration timeout, boolean whileRefused) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline || (!whileRefused && lastError != null)) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Stops the writer after it has written what is queued (for at most 10 s). */
    @Override
    public void close() {
        // Not while the database refuses: what is left is kept in the spill file instead.
        drain(Duration.ofSeconds(10), false);
        running = false;
        writer.interrupt();
        try {
            writer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        spill();
    }

    /** Keeps what is not written (oldest first) in the spill file, for the next start to write. */
    private void spill() {
        if (pending.isEmpty()) {
            return;
        }
        java.nio.file.Path file = settings.spill();
        if (file == null) {
            LOG.warnf("%d decision-log entries were not written before shutdown", pending.size());
            return;
        }
        List<Entry> left = pending.values().stream()
                .sorted(java.util.Comparator.comparing(Entry::id))
                .toList();
        answer(left, false, "the service is stopping; the decision is kept to be written at the next start");
        try {
            if (file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent());
            }
            // One entry at a time through a buffered writer: a backlog of thousands of entries is never held twice
            // in memory as text (one string of it all ran out of a 256 MB heap).
            try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(
                    file,
                    java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND)) {
                com.fasterxml.jackson.databind.ObjectWriter writer =
                        json.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                for (Entry e : left) {
                    writer.writeValue(out, e);
                    out.write('\n');
                }
            }
            LOG.infof(
                    "%d decision-log entries not written before shutdown are kept in %s, to be written at the next"
                            + " start",
                    left.size(), file);
        } catch (IOException e) {
            LOG.errorf("%d decision-log entries not written before shutdown are lost: %s", left.size(), e);
        }
    }

    /** Queues the entries the last shutdown kept, before anything new. */
    private void replay() {
        java.nio.file.Path file = settings.spill();
        if (file == null || !java.nio.file.Files.exists(file)) {
            return;
        }
        int count = 0;
        try (java.io.BufferedReader in =
                java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Entry e = json.readValue(line, Entry.class);
                pending.put(e.id(), e);
                queue.add(e);
                queued.incrementAndGet();
                count++;
            }
            in.close();
            java.nio.file.Files.delete(file);
            LOG.infof("%d decision-log entries kept at the last shutdown are queued to be written", count);
        } catch (IOException e) {
            LOG.errorf("the decision-log entries kept in %s could not be read (left in place): %s", file, e);
        }
    }

    // ---- reading

    public Optional<Decision> find(String id, boolean withReport) {
        Entry waiting = pending.get(id);
        if (waiting != null) {
            return Optional.of(new Decision(
                    waiting.id(),
                    waiting.at(),
                    waiting.rulebook(),
                    waiting.factsHash(),
                    waiting.asOf(),
                    waiting.origin(),
                    waiting.factSetId(),
                    waiting.revision(),
                    waiting.scenarioId(),
                    parse(waiting.statuses()),
                    waiting.reportKey() != null,
                    true,
                    withReport && waiting.reportKey() != null ? pendingReport(waiting.reportKey()) : null));
        }
        List<Decision> found = query("reading a decision", " WHERE d.id = ?", List.of(id), 1, 0, withReport);
        return found.stream().findFirst();
    }

    /** A report not yet written is in the entry that carries it; one written already is in the database. */
    private JsonNode pendingReport(String key) {
        for (Entry e : pending.values()) {
            if (key.equals(e.reportKey()) && e.report() != null) {
                return gunzip(e.report());
            }
        }
        return jdbc.tx("reading a report", c -> report(c, key));
    }

    /** The decisions {@code filter} selects, newest first. */
    public SavedFactSet.Page<Decision> search(Decision.Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        add(where, args, " AND d.fact_set_id = ?", filter.factSetId());
        add(where, args, " AND d.scenario_id = ?", filter.scenarioId());
        add(where, args, " AND d.rulebook_id = ?", filter.rulebook());
        if (filter.determination() != null || filter.status() != null) {
            String pair = (filter.determination() == null ? "%" : ";" + filter.determination()) + "="
                    + (filter.status() == null ? "%" : filter.status() + ";");
            add(where, args, " AND d.statuses LIKE ? ESCAPE '!'", "%" + pair.replace("_", "!_") + "%");
        }
        add(where, args, " AND d.id >= ?", filter.since() == null ? null : idAt(filter.since()));
        add(where, args, " AND d.id < ?", filter.until() == null ? null : idAt(filter.until()));
        long total = jdbc.tx("counting decisions", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM decision d" + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
        return new SavedFactSet.Page<>(
                query("listing decisions", where.toString(), args, size, (long) page * size, false), page, size, total);
    }

    /** The last decision recorded under {@code rulebook} for this fact set (by hash), with its report if stored. */
    public Optional<Decision> latest(String rulebook, String factsHash) {
        return query(
                        "reading decisions",
                        " WHERE d.rulebook_id = ? AND d.facts_hash = ?",
                        List.of(rulebook, factsHash),
                        1,
                        0,
                        true)
                .stream()
                .findFirst();
    }

    /** Whether any decision was recorded under {@code rulebook} for this fact set; pending entries count. */
    public boolean recorded(String rulebook, String factsHash) {
        for (Entry e : pending.values()) {
            if (e.rulebook().equals(rulebook) && e.factsHash().equals(factsHash)) {
                return true;
            }
        }
        return latest(rulebook, factsHash).isPresent();
    }

    private List<Decision> query(String what, String where, List<?> args, int limit, long offset, boolean withReport) {
        return jdbc.tx(what, c -> {
            List<Decision> rows = new ArrayList<>();
            List<String> reportKeys = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.decided_at, d.rulebook_id, d.facts_hash,"
                    + " d.as_of, d.origin, d.fact_set_id, d.fact_set_revision, d.scenario_id, d.report_key, d.statuses"
                    + " FROM decision d" + where + " ORDER BY d.id DESC LIMIT ? OFFSET ?")) {
                int i = bind(s, args);
                s.setInt(i++, limit);
                s.setLong(i, offset);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Integer revision = r.getObject(8) == null ? null : r.getInt(8);
                        rows.add(new Decision(
                                r.getString(1),
                                r.getTimestamp(2).toInstant(),
                                r.getString(3),
                                r.getString(4),
                                r.getDate(5).toLocalDate(),
                                Decision.Origin.valueOf(r.getString(6)),
                                r.getString(7),
                                revision,
                                r.getString(9),
                                parse(r.getString(11)),
                                r.getString(10) != null,
                                false,
                                null));
                        reportKeys.add(r.getString(10));
                    }
                }
            }
            if (!withReport) {
                return rows;
            }
            List<Decision> full = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                Decision d = rows.get(k);
                JsonNode report = reportKeys.get(k) == null ? null : report(c, reportKeys.get(k));
                full.add(new Decision(
                        d.id(),
                        d.decidedAt(),
                        d.rulebook(),
                        d.factsHash(),
                        d.asOf(),
                        d.origin(),
                        d.factSetId(),
                        d.factSetRevision(),
                        d.scenarioId(),
                        d.statuses(),
                        d.reportStored(),
                        false,
                        report));
            }
            return full;
        });
    }

    private JsonNode report(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT body FROM report WHERE report_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return gunzip(r.getBytes(1));
            }
        }
    }

    // ---- writing

    private void write() {
        List<Entry> batch = new ArrayList<>(settings.batch());
        long lastCommit = System.nanoTime() - settings.commitInterval().toNanos(); // nanoTime has no fixed origin
        while (running) {
            try {
                Entry first = queue.peek();
                if (first == null) {
                    purgeWhenDue();
                    idle = true;
                    if (queue.isEmpty()) {
                        LockSupport.parkNanos(100_000_000);
                    }
                    idle = false;
                    continue;
                }
                // Group commit, at most one every commit-interval: a commit costs the database ~0.5 ms of CPU
                // however few its entries, and committing each entry as it came took most of a core under load
                // (docs/performance.md). After a quiet spell the first entry is committed at once.
                long since = System.nanoTime() - lastCommit;
                if (since < settings.commitInterval().toNanos()) {
                    LockSupport.parkNanos(settings.commitInterval().toNanos() - since);
                }
                lastCommit = System.nanoTime();
                batch.add(queue.poll());
                while (batch.size() < settings.batch()) {
                    Entry next = queue.poll();
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                queued.addAndGet(-batch.size());
                writeUntilDone(batch);
                purgeWhenDue();
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error(
                        "decision log: a batch of " + batch.size() + " entries could not be written and is dropped: "
                                + e.getMessage(),
                        e);
                forget(batch);
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Writes {@code batch}, retrying while the database is unavailable (0.1 s, doubling to 1 s: it is written
     * within a second of the database coming back). The requests waiting on it are told at once that it is not
     * logged; it is still written, as a record of what was decided.
     */
    private void writeUntilDone(List<Entry> batch) throws InterruptedException {
        long backoff = 100;
        while (true) {
            try {
                jdbc.tx("writing the decision log", c -> insert(c, batch));
                written.addAndGet(batch.size());
                batch.forEach(e -> pending.remove(e.id()));
                answer(batch, true, null);
                if (lastError != null) {
                    LOG.infof("decision log: the database is back, writing again");
                    lastError = null;
                }
                return;
            } catch (StoreUnavailableException e) {
                failures.incrementAndGet();
                if (lastError == null) {
                    LOG.warnf("decision log: %s; %d entries wait in the buffer", e.getMessage(), pending.size());
                }
                lastError = e.getMessage();
                answer(batch, false, "the decision log cannot write (" + e.getMessage() + ")");
                if (!running) {
                    return;
                }
                Thread.sleep(backoff);
                backoff = Math.min(1_000, backoff * 2);
            }
        }
    }

    private Void insert(Connection c, List<Entry> batch) throws SQLException {
        try (PreparedStatement decision = c.prepareStatement("INSERT INTO decision (id, decided_at, rulebook_id,"
                        + " facts_hash, as_of, origin, fact_set_id, fact_set_revision, scenario_id, statuses,"
                        + " report_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement report = c.prepareStatement("INSERT INTO report (report_key, body) SELECT ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM report WHERE report_key = ?)")) {
            boolean reports = false;
            for (Entry e : batch) {
                if (e.report() != null) {
                    report.setString(1, e.reportKey());
                    report.setBytes(2, e.report());
                    report.setString(3, e.reportKey());
                    report.addBatch();
                    reports = true;
                }
                decision.setString(1, e.id());
                decision.setTimestamp(2, Jdbc.ts(e.at()));
                decision.setString(3, e.rulebook());
                decision.setString(4, e.factsHash());
                decision.setDate(5, Date.valueOf(e.asOf()));
                decision.setString(6, e.origin().name());
                decision.setString(7, e.factSetId());
                decision.setObject(8, e.revision(), java.sql.Types.INTEGER);
                decision.setString(9, e.scenarioId());
                decision.setString(10, e.statuses());
                decision.setString(11, e.reportKey());
                decision.addBatch();
            }
            if (reports) {
                report.executeBatch();
            }
            decision.executeBatch();
        }
        return null;
    }

    private void purgeWhenDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(Duration.ofDays(1));
        try {
            int removed = purge(now.minus(Duration.ofDays(settings.retentionDays())));
            if (removed > 0) {
                LOG.infof("decision log: %d entries older than %d days removed", removed, settings.retentionDays());
            }
        } catch (StoreUnavailableException e) {
            nextPurge = now.plus(Duration.ofMinutes(5));
        }
    }

    /** Removes the decisions made before {@code before}, and the reports no decision refers to any more. */
    public int purge(Instant before) {
        return jdbc.tx("purging the decision log", c -> {
            int removed;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM decision WHERE id < ?")) {
                s.setString(1, idAt(before));
                removed = s.executeUpdate();
            }
            if (removed > 0) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM report WHERE NOT EXISTS"
                        + " (SELECT 1 FROM decision d WHERE d.report_key = report.report_key)")) {
                    s.executeUpdate();
                }
                storedReports.clear();
            }
            return removed;
        });
    }

    /** Gzip at its fastest level: a stored report of ~17 KB becomes ~4 KB in a fraction of the default level's time. */
    private byte[] gzip(CompactReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            json.writeValue(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private JsonNode gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored report no longer reads", e);
        }
    }

    /** Each determination's status as stored: {@code ;NON_INVASION=BINDING;OUTCOME=NOT_BINDING;}. */
    static String statuses(Report report) {
        StringBuilder s = new StringBuilder(";");
        report.determinations()
                .forEach(d -> s.append(d.id().name())
                        .append('=')
                        .append(d.status().name())
                        .append(';'));
        return s.toString();
    }

    static Map<String, String> parse(String statuses) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : statuses.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    private static void add(StringBuilder where, List<Object> args, String clause, Object value) {
        if (value != null) {
            where.append(clause);
            args.add(value);
        }
    }

    private static int bind(PreparedStatement s, List<?> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            s.setObject(i++, a);
        }
        return i;
    }

    /** The smallest id made at {@code time}: ids compare as text in the order of their times. */
    static String idAt(Instant time) {
        String hex = String.format("%012x", Math.max(0, time.toEpochMilli()));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-0000-0000-000000000000";
    }

    /** A UUID whose first 48 bits are the time in milliseconds (the layout of UUID version 7): ids sort by time. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(high, low).toString();
    }
}
