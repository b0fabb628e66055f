package org.assurances.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.assurances.service.Records;
import org.assurances.store.WriteProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says DOWN while the records cannot be written (a full disk, a read-only database, a server gone),
 * with the database's reason, and UP again as soon as a write goes through: saved-set calls answer 503 in the
 * meantime, and evaluations go on.
 */
@Readiness
@ApplicationScoped
public class RecordsReadiness implements HealthCheck {
    private final Records records;

    RecordsReadiness(Records records) {
        this.records = records;
    }

    @Override
    public HealthCheckResponse call() {
        WriteProbe.Result probe = records.probe().check(java.time.Duration.ofSeconds(1));
        var answer = HealthCheckResponse.named("records writable")
                .withData("datasource", records.datasource())
                .withData("checked", probe.at().toString());
        return probe.writable()
                ? answer.up().build()
                : answer.down().withData("reason", probe.reason()).build();
    }
}
