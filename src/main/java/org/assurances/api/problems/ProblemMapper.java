package org.assurances.api.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.assurances.api.BatchResource;
import org.assurances.api.FactSetResource;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.JsonProblems;
import org.assurances.facts.Problem;
import org.assurances.service.EvaluationService;
import org.assurances.store.SavedFactSet;
import org.assurances.store.StoreUnavailableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every bad input becomes problem+json naming the offending fact and field; nothing becomes a 500. */
public class ProblemMapper {
    public static final String BASE = "urn:assurances-engine:problem:";

    @ServerExceptionMapper
    public Response invalidFactSet(InvalidFactSetException e) {
        if (e instanceof Query.Invalid) {
            return problem(400, "invalid-query", "Invalid query parameter", e.getMessage(), e.problems());
        }
        if (e instanceof BatchResource.MalformedLine) {
            return problem(400, "malformed-json", "Malformed JSON", e.getMessage(), e.problems());
        }
        if (e instanceof Utf8Check.NotUtf8) {
            return problem(400, "invalid-utf8", "Not UTF-8", e.getMessage(), e.problems());
        }
        if (e instanceof EvaluationService.TooManyFactsException) {
            return problem(413, "too-many-facts", "Too many facts", e.getMessage(), e.problems());
        }
        return respond(JsonProblems.of(e));
    }

    // The framework maps MismatchedInputException (and so its subclasses: unknown type, unknown field,
    // invalid value) with an empty 400; ours matches the same type and comes first. Parse and
    // constructor errors arrive wrapped in a WebApplicationException (see wrapped()).
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatch(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response json(JsonProcessingException e) {
        return respond(JsonProblems.of(e));
    }

    /** The JSON reader wraps parse and constructor errors in a bare 400; unwrap them to say where and why. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrapped(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        if (e.getCause() instanceof InvalidFactSetException invalid) {
            return invalidFactSet(invalid);
        }
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return problem(status, "http-" + status, reason, plainly(status, reason), List.of());
    }

    @ServerExceptionMapper
    public Response noFactSet(SavedFactSet.NotFound e) {
        return problem(
                404,
                "not-found",
                "Not found",
                e.getMessage(),
                List.of(new Problem("", e.getMessage(), "the id of a saved fact set (GET /fact-sets)")));
    }

    @ServerExceptionMapper
    public Response conflict(SavedFactSet.Conflict e) {
        Response problem = problem(
                412,
                "revision-conflict",
                "Revision conflict",
                e.getMessage(),
                List.of(new Problem(
                        "If-Match",
                        e.getMessage(),
                        e.current() < 0
                                ? "the ETag of the latest revision"
                                : "If-Match: \"" + e.current() + "\" after reading the latest revision")));
        return e.current() < 0
                ? problem
                : Response.fromResponse(problem)
                        .tag(String.valueOf(e.current()))
                        .build();
    }

    @ServerExceptionMapper
    public Response preconditionRequired(FactSetResource.PreconditionRequired e) {
        return problem(
                428,
                "if-match-required",
                "If-Match required",
                e.getMessage(),
                List.of(new Problem("If-Match", "no If-Match header", "If-Match: the ETag of the revision you read")));
    }

    @ServerExceptionMapper
    public Response unavailable(StoreUnavailableException e) {
        return Response.fromResponse(problem(
                        503,
                        "database-unavailable",
                        "Database unavailable",
                        e.getMessage()
                                + "; evaluations still answer, and the decision log keeps its entries until "
                                + "it is back",
                        List.of()))
                .header("Retry-After", "5")
                .build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return problem(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                POST_JSON,
                List.of(new Problem("", "wrong content type", "application/json")));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        String message = e.getMessage();
        boolean framework = message == null || message.startsWith("HTTP ");
        return problem(404, "not-found", "Not found", framework ? "nothing is at this address" : message, List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        String allowed = String.join(", ", e.getResponse().getAllowedMethods());
        return problem(
                405,
                "method-not-allowed",
                "Method not allowed",
                allowed.isEmpty() ? "this method is not served here" : "this address answers " + allowed + " only",
                List.of());
    }

    private static final String POST_JSON = "post JSON with Content-Type: application/json";

    /** What the framework's own refusals mean, without its words (which name annotations and classes). */
    private static String plainly(int status, String reason) {
        return switch (status) {
            case 406 ->
                "none of the media types in Accept is served here: ask for application/json"
                        + " (or text/markdown, text/csv where the endpoint offers them)";
            case 415 -> POST_JSON;
            default -> reason == null ? "the request cannot be answered as sent" : reason.toLowerCase();
        };
    }

    private static Response respond(JsonProblems.Classified c) {
        return problem(c.status(), c.type(), c.title(), c.detail(), c.problems());
    }

    public static Response problem(int status, String type, String title, String detail, List<Problem> problems) {
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail(BASE + type, title, status, detail, problems))
                .build();
    }
}
