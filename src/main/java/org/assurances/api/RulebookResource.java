package org.assurances.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.assurances.scenarios.Coverage;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The rulebook's test coverage: which rules the paragraph cases and scenarios fire (the workbench's #/coverage). */
@Path("/rulebook")
public class RulebookResource {
    private final EvaluationService service;
    private volatile Coverage coverage;

    RulebookResource(EvaluationService service) {
        this.service = service;
    }

    @GET
    @Path("coverage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every rule, its file and citation, and the paragraph cases and scenarios that fire it")
    public Coverage coverage() {
        Coverage c = coverage;
        if (c == null) {
            List<Scenario> corpus = new ArrayList<>(ScenarioLibrary.cases().all());
            corpus.addAll(new ScenarioLibrary().all());
            c = Coverage.of(service.evaluator(), corpus);
            coverage = c;
        }
        return c;
    }

    @GET
    @Path("coverage.md")
    @Produces("text/markdown")
    @Operation(summary = "The same table in Markdown")
    public String coverageMarkdown() {
        return coverage().markdown();
    }
}
