package org.assurances.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.assurances.api.problems.Query;
import org.assurances.engine.Report;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.assurances.service.EvaluationService;
import org.assurances.store.Decision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

/** The shipped scenarios: historical states, counterfactuals and the 1962-1970 timeline. */
@Path("/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {
    private final EvaluationService service;
    private final ScenarioLibrary library;

    ScenarioResource(EvaluationService service, ScenarioLibrary library) {
        this.service = service;
        this.library = library;
    }

    /** A scenario as listed: no facts, just what it is. */
    public record Summary(String id, String name, Scenario.Kind kind, LocalDate asOf, int facts) {}

    @GET
    @Operation(summary = "Every shipped scenario")
    public List<Summary> all() {
        return library.all().stream()
                .map(s -> new Summary(
                        s.id(), s.name(), s.kind(), s.asOf(), s.facts().size()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One scenario with its facts, their sources, and its expected report")
    public Scenario one(@PathParam("id") String id) {
        return find(id);
    }

    @GET
    @Path("{id}/report")
    @Operation(
            summary = "The report the rules give for a scenario, as of its date or of ?asOf=YYYY-MM-DD",
            description =
                    "Logged in the decision log: the report's decisionId and the Decision-Id header name the entry.")
    public RestResponse<Object> report(
            @PathParam("id") String id,
            @QueryParam("asOf") String asOf,
            @Parameter(description = "compact (the default) or full") @QueryParam("detail") String detail,
            @Parameter(description = "true: also the readings that would change each status (sensitiveTo)")
                    @QueryParam("sensitivity")
                    String sensitivity) {
        boolean full = Query.full(detail);
        boolean sensitive = Query.flag("sensitivity", sensitivity);
        Scenario scenario = find(id);
        org.assurances.facts.FactSet facts = scenario.factSet(Query.date("asOf", asOf));
        Report report = service.decide(facts, Decision.Origin.SCENARIO, null, null, id, sensitive);
        return EvaluationResource.withDecisionHeader(report, full, facts);
    }

    private Scenario find(String id) {
        return library.find(id).orElseThrow(() -> new NotFoundException("no scenario '" + id + "'"));
    }
}
