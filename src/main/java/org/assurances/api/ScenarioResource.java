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
import org.assurances.engine.Report;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The shipped scenarios: historical states, counterfactuals and the 1962-1970 timeline. */
@Path("/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {
    private static final ScenarioLibrary LIBRARY = new ScenarioLibrary();
    private final EvaluationService service;

    ScenarioResource(EvaluationService service) {
        this.service = service;
    }

    /** A scenario as listed: no facts, just what it is. */
    public record Summary(String id, String name, Scenario.Kind kind, LocalDate asOf, int facts) {
    }

    @GET
    @Operation(summary = "Every shipped scenario")
    public List<Summary> all() {
        return LIBRARY.all().stream().map(s -> new Summary(s.id(), s.name(), s.kind(), s.asOf(), s.facts().size())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One scenario with its facts, their sources, and its expected report")
    public Scenario one(@PathParam("id") String id) {
        return find(id);
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The report the rules give for a scenario, as of its date or of ?asOf=YYYY-MM-DD")
    public Report report(@PathParam("id") String id, @QueryParam("asOf") LocalDate asOf) {
        return service.evaluate(find(id).factSet(asOf));
    }

    private static Scenario find(String id) {
        return LIBRARY.find(id).orElseThrow(() -> new NotFoundException("no scenario '" + id + "'"));
    }
}
