package org.assurances.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assurances.engine.Rulebook;
import org.assurances.store.DecisionLog;
import org.assurances.store.FactSetStore;
import org.assurances.store.RulebookRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the service keeps, on the database {@code assurances.datasource} names ("h2" by default, "pg" in
 * the pg profile): saved fact sets, the decision log, the rulebook registry.
 */
@ApplicationScoped
public class Records {
    private static final Logger LOG = Logger.getLogger(Records.class);
    private final FactSetStore factSets;
    private final DecisionLog decisions;
    private final RulebookRegistry rulebooks;
    private final org.assurances.store.WriteProbe probe;
    private final String datasource;

    Records(
            @Any Instance<AgroalDataSource> sources,
            @ConfigProperty(name = "assurances.datasource") String datasource,
            ObjectMapper json,
            MeterRegistry registry,
            @ConfigProperty(name = "assurances.decisions.buffer") int buffer,
            @ConfigProperty(name = "assurances.decisions.batch") int batch,
            @ConfigProperty(name = "assurances.decisions.store-report") boolean storeReports,
            @ConfigProperty(name = "assurances.decisions.retention-days") int retentionDays,
            @ConfigProperty(name = "assurances.decisions.wait") java.time.Duration wait,
            @ConfigProperty(name = "assurances.decisions.commit-interval") java.time.Duration commitInterval,
            @ConfigProperty(name = "assurances.data-dir") String dataDir) {
        AgroalDataSource source =
                sources.select(new DataSource.DataSourceLiteral(datasource)).get();
        LOG.infof("records kept on datasource '%s'", datasource);
        // As migrate-at-start would, but Flyway is started only when the schema is behind.
        org.assurances.store.Migrations.ensure(source, () -> org.assurances.store.Migrations.flyway(source));
        this.datasource = datasource;
        this.probe = new org.assurances.store.WriteProbe(source);
        this.factSets = new FactSetStore(source, json);
        this.rulebooks = new RulebookRegistry(source);
        this.decisions = new DecisionLog(
                source,
                json,
                new DecisionLog.Settings(
                        buffer,
                        batch,
                        storeReports,
                        retentionDays,
                        java.nio.file.Path.of(dataDir, "decision-log-pending.ndjson"),
                        wait,
                        commitInterval));
        Gauge.builder("assurances.decisions.buffered", decisions, DecisionLog::buffered)
                .description("Decision-log entries waiting to be written")
                .register(registry);
        FunctionCounter.builder("assurances.decisions.dropped", decisions, DecisionLog::dropped)
                .description("Decision-log entries dropped because the buffer was full")
                .register(registry);
        FunctionCounter.builder("assurances.decisions.unlogged", decisions, DecisionLog::unlogged)
                .description("Decisions answered without an id (logged: false): the log could not take them in time")
                .register(registry);
        FunctionCounter.builder("assurances.decisions.written", decisions, DecisionLog::written)
                .description("Decision-log entries written")
                .register(registry);
        FunctionCounter.builder("assurances.decisions.failed.batches", decisions, DecisionLog::failures)
                .description("Decision-log batches that failed and were kept to try again")
                .register(registry);
    }

    public FactSetStore factSets() {
        return factSets;
    }

    public DecisionLog decisions() {
        return decisions;
    }

    /** Whether the database takes writes now (readiness). */
    public org.assurances.store.WriteProbe probe() {
        return probe;
    }

    /** The datasource's name ("h2", "pg"). */
    public String datasource() {
        return datasource;
    }

    public RulebookRegistry rulebooks() {
        return rulebooks;
    }

    void stop(@Observes ShutdownEvent stop) {
        decisions.close();
    }

    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        Rulebook.FILES.forEach(f -> files.put(f, Rulebook.text(f)));
        return files;
    }
}
