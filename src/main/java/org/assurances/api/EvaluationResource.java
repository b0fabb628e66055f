package org.assurances.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.assurances.api.problems.Bodies;
import org.assurances.api.problems.Query;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.report.CompactReport;
import org.assurances.report.ReportMarkdown;
import org.assurances.service.EvaluationService;
import org.assurances.store.Decision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    // On the event loop: an evaluation is a fraction of a millisecond of CPU, and the wait for the decision log's
    // commit holds no thread (the answer is a future), so a hop to a worker thread is pure cost.
    @io.smallrye.common.annotation.NonBlocking
    @Operation(
            summary = "Evaluate a fact set as of its date",
            description = "Answers, for each determination, its status and conditions traced to the posted facts "
                    + "(by index) and the rules (by citation).")
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
            description = "The report: compact by default (each condition once, in conditions; trees name them by id),"
                    + " or with ?detail=full each determination's conditions as whole trees. Its decisionId (also"
                    + " in the Decision-Id header) names the entry in the decision log (GET /decisions/{id}), written"
                    + " before the answer. When the log cannot take it the report has no id, \"logged\": false,"
                    + " \"notLogged\" says why, and the Decision-Logged header is false",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {CompactReport.class, Report.class})))
    public java.util.concurrent.CompletionStage<RestResponse<Object>> evaluate(
            @Parameter(
                            description = "compact (the default) or full",
                            schema = @Schema(enumeration = {"compact", "full"}))
                    @QueryParam("detail")
                    String detail,
            @Parameter(
                            description = "true: each determination also lists in sensitiveTo the readings that,"
                                    + " switched alone, would change its status (one more evaluation per reading:"
                                    + " about nine times the cost, so only on request)",
                            schema = @Schema(enumeration = {"true", "false"}))
                    @QueryParam("sensitivity")
                    String sensitivity,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(name = "13 November 1962", value = Examples.NOV_13)))
                    FactSet factSet) {
        boolean full = Query.full(detail); // a bad ?detail= is answered before anything is evaluated or logged
        boolean sensitive = Query.flag("sensitivity", sensitivity);
        java.util.concurrent.Executor here = Async.here();
        return service.decideLater(
                        Bodies.required(factSet, A_FACT_SET), Decision.Origin.POSTED, null, null, null, sensitive)
                .thenApplyAsync(report -> withDecisionHeader(report, full, factSet), here);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("text/markdown")
    @Operation(summary = "The same report as Markdown (Accept: text/markdown), to put in a memo; logged the same way")
    public RestResponse<String> markdown(
            @Parameter(description = "true: also the readings that would change each status") @QueryParam("sensitivity")
                    String sensitivity,
            FactSet factSet) {
        boolean sensitive = Query.flag("sensitivity", sensitivity);
        Report r = service.decide(
                Bodies.required(factSet, A_FACT_SET), Decision.Origin.POSTED, null, null, null, sensitive);
        return withDecisionId(
                RestResponse.ResponseBuilder.ok(ReportMarkdown.of(r, factSet.facts()), "text/markdown")
                        .header("Content-Disposition", "inline; filename=\"assurances-" + r.asOf() + ".md\""),
                r);
    }

    /** What an empty body is told to send. */
    private static final String A_FACT_SET = "a fact set {\"asOf\": ..., \"facts\": [...]}";

    /** The header that names a logged evaluation. */
    static final String DECISION_ID = "Decision-Id";

    /** The header that says an evaluation was answered without being logged. */
    static final String DECISION_LOGGED = "Decision-Logged";

    /**
     * The report at the level of detail asked for ({@code ?detail=}, read by Query.full), its id in a header; the
     * full one also says what each of the evaluated facts says, in words (factsSay).
     */
    static RestResponse<Object> withDecisionHeader(Report report, boolean full, FactSet evaluated) {
        return withDecisionId(
                RestResponse.ResponseBuilder.ok(
                        full ? report.withFactsSay(evaluated.facts()) : CompactReport.of(report)),
                report);
    }

    private static <T> RestResponse<T> withDecisionId(RestResponse.ResponseBuilder<T> answer, Report report) {
        if (report.decisionId() != null) {
            answer.header(DECISION_ID, report.decisionId());
        } else if (Boolean.FALSE.equals(report.logged())) {
            answer.header(DECISION_LOGGED, "false");
        }
        return answer.build();
    }
}
