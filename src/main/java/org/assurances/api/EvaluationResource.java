package org.assurances.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** POST a fact set, get the report. */
@Path("/evaluations")
public class EvaluationResource {
    private final EvaluationService service;

    EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Evaluate a fact set as of its date",
            description =
                    "Answers, for each determination, its status and conditions traced to the posted facts (by index) and the rules (by citation).")
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, an unknown type, field or value, a missing field",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "413",
            description = "Body over 1 MiB or more facts than assurances.max-facts",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "422",
            description =
                    "Well-formed but impossible: a fact that cannot be valid, contradictory facts, a nonsense date",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "200",
            description = "The report; its decisionId (also in the Decision-Id header) names"
                    + " the entry in the decision log (GET /decisions/{id})")
    public RestResponse<Report> evaluate(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(name = "13 November 1962", value = Examples.NOV_13)))
                    FactSet factSet) {
        return withDecisionHeader(
                service.decide(Bodies.required(factSet, "a fact set {\"asOf\": ..., \"facts\": [...]}")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("text/markdown")
    @Operation(summary = "The same report as Markdown (Accept: text/markdown), to put in a memo; logged the same way")
    public RestResponse<String> markdown(FactSet factSet) {
        RestResponse<Report> report = evaluate(factSet);
        Report r = report.getEntity();
        RestResponse.ResponseBuilder<String> answer = RestResponse.ResponseBuilder.ok(
                        ReportMarkdown.of(r), "text/markdown")
                .header("Content-Disposition", "inline; filename=\"assurances-" + r.asOf() + ".md\"");
        return r.decisionId() == null
                ? answer.build()
                : answer.header(DECISION_ID, r.decisionId()).build();
    }

    /** The header that names a logged evaluation. */
    static final String DECISION_ID = "Decision-Id";

    static RestResponse<Report> withDecisionHeader(Report report) {
        RestResponse.ResponseBuilder<Report> answer = RestResponse.ResponseBuilder.ok(report);
        return report.decisionId() == null
                ? answer.build()
                : answer.header(DECISION_ID, report.decisionId()).build();
    }
}
