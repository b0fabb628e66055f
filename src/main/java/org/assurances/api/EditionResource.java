package org.assurances.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicReference;
import org.assurances.edition.Edition;
import org.assurances.edition.EditionHtml;
import org.assurances.edition.EditionMarkdown;
import org.assurances.scenarios.ScenarioLibrary;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The woven edition: the memo paragraph by paragraph with its rules, readings and cases. Built on the first request
 * (it evaluates every case), not at start-up, then kept: the rules do not change while the service runs.
 */
@Path("/edition")
public class EditionResource {
    private final EvaluationService service;
    private final ScenarioLibrary scenarios;
    private final ObjectMapper json;
    private final AtomicReference<Edition> edition = new AtomicReference<>();

    EditionResource(EvaluationService service, ScenarioLibrary scenarios, ObjectMapper json) {
        this.service = service;
        this.scenarios = scenarios;
        this.json = json;
    }

    private Edition edition() {
        return edition.updateAndGet(
                e -> e != null ? e : Edition.of(service.evaluator(), ScenarioLibrary.cases(), scenarios));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The woven edition as a printable page, linked from the workbench")
    public String html() {
        return EditionHtml.of(edition(), json);
    }

    @GET
    @Produces("text/markdown")
    @Operation(summary = "The same edition as Markdown (Accept: text/markdown), as docs/edition.md holds it")
    public String markdown() {
        return EditionMarkdown.of(edition());
    }
}
