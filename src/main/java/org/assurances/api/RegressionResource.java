package org.assurances.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.assurances.analysis.RegressionMarkdown;
import org.assurances.analysis.Regressions;
import org.assurances.api.problems.Query;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.assurances.service.EvaluationService;
import org.assurances.service.Records;
import org.assurances.store.RecordedDecisions;
import org.assurances.store.RulebookRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a rule change did: every saved case under the running rulebook against an earlier one. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RegressionResource {
    private final Records records;
    private final String current;
    private final Regressions regressions;
    private final List<Scenario> scenarios;

    RegressionResource(Records records, EvaluationService service, ScenarioLibrary library, ObjectMapper json) {
        this.records = records;
        this.current = service.evaluator().rulebook();
        this.regressions = new Regressions(service.evaluator(), new RecordedDecisions(records.decisions(), json), json);
        this.scenarios = library.all().stream()
                .filter(s -> s.kind() != Scenario.Kind.CASE)
                .toList();
    }

    @GET
    @Path("rulebooks")
    @Operation(summary = "Every rulebook the service has run under, newest first")
    public List<RulebookRegistry.Entry> rulebooks() {
        return records.rulebooks().list();
    }

    /** The running rulebook's id. */
    public record Running(String id) {}

    @GET
    @Path("rulebooks/running")
    @Operation(summary = "The id of the rulebook the service runs under now")
    public Running running() {
        return new Running(current);
    }

    @GET
    @Path("rulebooks/{id}")
    @Operation(summary = "A rulebook the service has run under, with its DRL files")
    public RulebookRegistry.Entry rulebook(@jakarta.ws.rs.PathParam("id") String id) {
        return records.rulebooks().find(id).orElseThrow(() -> new NotFoundException("no rulebook '" + id + "'"));
    }

    @GET
    @Path("regressions")
    @Operation(
            summary = "What the rule change did",
            description = "Re-evaluates every saved fact set and every scenario under the running rulebook and compares"
                    + " each with the decision last recorded for the same fact set under rulebook "
                    + "'from': every"
                    + " determination and condition whose value changed, old and new, with the rules "
                    + "that decided each.")
    public Regressions.Result since(
            @Parameter(description = "an earlier rulebook's id (GET /rulebooks)", required = true) @QueryParam("from")
                    String from) {
        if (from == null || from.isBlank()) {
            throw new Query.Invalid(
                    "from", "a rulebook to compare with is required", "a rulebook id from GET /rulebooks");
        }
        if (records.rulebooks().find(from).isEmpty()) {
            throw new NotFoundException("no rulebook '" + from + "' was ever run here (GET /rulebooks lists them)");
        }
        records.decisions().flush(java.time.Duration.ofSeconds(5));
        return regressions.since(from, RecordedDecisions.cases(records.factSets(), scenarios));
    }

    @GET
    @Path("regressions.md")
    @Produces("text/markdown")
    @Operation(summary = "What the rule change did, as Markdown")
    public String markdown(@QueryParam("from") String from) {
        return RegressionMarkdown.of(since(from));
    }
}
