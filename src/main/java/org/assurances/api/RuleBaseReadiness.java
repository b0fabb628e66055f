package org.assurances.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says DOWN until the rule base is loaded (it loads beside the rest of the start-up, and a request that
 * comes before waits for it), and DOWN with the reason if it could not be.
 */
@Readiness
@ApplicationScoped
public class RuleBaseReadiness implements HealthCheck {
    private final EvaluationService service;

    RuleBaseReadiness(EvaluationService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("rule base loaded");
        return switch (service.loading()) {
            case LOADED ->
                answer.up().withData("rulebook", service.evaluator().rulebook()).build();
            case LOADING ->
                answer.down()
                        .withData("reason", "the rule base is still loading")
                        .build();
            case FAILED ->
                answer.down().withData("reason", service.loadingFailure()).build();
        };
    }
}
