package org.assurances.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;
import org.assurances.facts.FactException;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.assurances.store.SavedFactSet;
import org.assurances.store.StoreUnavailableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every bad input becomes problem+json naming the offending fact and field; nothing becomes a 500. */
public class ProblemMapper {
    static final String BASE = "urn:assurances-engine:problem:";

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
        boolean empty =
                e.problems().size() == 1 && e.problems().get(0).pointer().isEmpty();
        return problem(
                empty ? 400 : 422,
                empty ? "empty-body" : "invalid-fact-set",
                empty ? "Empty body" : "Invalid fact set",
                e.getMessage(),
                e.problems());
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
        if (e instanceof ValueInstantiationException v) {
            return refused(v);
        }
        if (!(e instanceof JsonMappingException m)) {
            return belowMapping(e, parsedSoFar(e));
        }
        String pointer = pointer(m);
        if (m.getCause() instanceof JsonProcessingException below && !(below instanceof JsonMappingException)) {
            return belowMapping(below, pointer);
        }
        if (m.getCause() == null
                && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("Duplicate field")) {
            return belowMapping(m, pointer);
        }
        if (m instanceof InvalidTypeIdException t) {
            String at = pointer.endsWith("/type") ? pointer : pointer + "/type";
            return problem(
                    400,
                    "unknown-fact-type",
                    "Unknown or missing fact type",
                    t.getOriginalMessage(),
                    List.of(new Problem(
                            at,
                            t.getTypeId() == null ? "missing 'type'" : "unknown type '" + t.getTypeId() + "'",
                            "one of " + String.join(", ", ContractFilter.FACT_TYPES))));
        }
        if (m instanceof UnrecognizedPropertyException u) {
            return problem(
                    400,
                    "unknown-field",
                    "Unknown field",
                    "unknown field '" + u.getPropertyName() + "'",
                    List.of(new Problem(
                            pointer,
                            "unknown field '" + u.getPropertyName() + "'",
                            "one of "
                                    + u.getKnownPropertyIds().stream()
                                            .map(Object::toString)
                                            .sorted()
                                            .collect(Collectors.joining(", ")))));
        }
        if (m instanceof InvalidFormatException f) {
            return problem(
                    400,
                    "invalid-value",
                    "Invalid value",
                    "'" + f.getValue() + "' is not valid here",
                    List.of(new Problem(
                            pointer, "'" + f.getValue() + "' is not valid here", expected(f.getTargetType()))));
        }
        if (m instanceof MismatchedInputException mi) {
            return problem(
                    400,
                    "wrong-type",
                    "Wrong type",
                    mi.getOriginalMessage(),
                    List.of(new Problem(pointer, "wrong JSON type", expected(mi.getTargetType()))));
        }
        return problem(
                400,
                "unreadable",
                "Unreadable input",
                m.getOriginalMessage(),
                List.of(new Problem(pointer, m.getOriginalMessage(), "the documented fact set")));
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
        return problem(
                status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
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
                "post JSON with Content-Type: application/json",
                List.of(new Problem("", "wrong content type", "application/json")));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(404, "not-found", "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return problem(405, "method-not-allowed", "Method not allowed", e.getMessage(), List.of());
    }

    /** A fact's constructor refused it: point at the fact and the field it named. */
    private Response refused(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        String pointer = pointer(e);
        if (cause instanceof InvalidFactSetException invalid) {
            // A fact set inside another body (a saved set's "factSet") points from that body's root.
            return pointer.isEmpty()
                    ? invalidFactSet(invalid)
                    : invalidFactSet(new InvalidFactSetException(invalid.problems().stream()
                            .map(p -> new Problem(pointer + p.pointer(), p.detail(), p.expected()))
                            .toList()));
        }
        if (cause instanceof FactException f) {
            String at = f.field().isEmpty() ? pointer : pointer + "/" + f.field();
            boolean missing = f.getMessage().endsWith("is required");
            return problem(
                    missing ? 400 : 422,
                    missing ? "missing-field" : "invalid-fact",
                    missing ? "Missing field" : "Invalid fact",
                    f.getMessage(),
                    List.of(new Problem(at, f.getMessage(), f.expected())));
        }
        return problem(
                422,
                "invalid-fact",
                "Invalid fact",
                String.valueOf(cause == null ? e.getOriginalMessage() : cause.getMessage()),
                List.of(new Problem(
                        pointer,
                        String.valueOf(cause == null ? e.getOriginalMessage() : cause.getMessage()),
                        "a valid fact")));
    }

    /**
     * Errors of the JSON text itself (malformed, a field twice, invalid UTF-8, a number out of range, too
     * deep), at {@code at}: where the reader was.
     */
    private static Response belowMapping(JsonProcessingException e, String at) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return problem(
                    400,
                    "too-deep",
                    "Too deeply nested or too long",
                    e.getOriginalMessage() + where,
                    List.of(new Problem(at, "past the reader's limits" + where, "a fact set as documented")));
        }
        if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException c) {
            return problem(
                    400,
                    "invalid-value",
                    "Number out of range",
                    c.getOriginalMessage() + where,
                    List.of(new Problem(at, "number out of range" + where, expected(c.getTargetType()))));
        }
        String message = e.getOriginalMessage();
        boolean duplicate = message != null && message.startsWith("Duplicate field");
        if (duplicate) {
            java.util.regex.Matcher name =
                    java.util.regex.Pattern.compile("'([^']*)'").matcher(message);
            if (name.find() && !at.endsWith("/" + name.group(1))) {
                at = at + "/" + name.group(1).replace("~", "~0").replace("/", "~1");
            }
        }
        if (message != null && message.startsWith("Invalid UTF-8")) {
            return problem(
                    400,
                    "invalid-utf8",
                    "Not UTF-8",
                    message + where,
                    List.of(new Problem(at, "bytes that are not UTF-8" + where, "JSON text in UTF-8")));
        }
        return problem(
                400,
                duplicate ? "duplicate-field" : "malformed-json",
                duplicate ? "Duplicate field" : "Malformed JSON",
                message + where,
                List.of(new Problem(
                        at,
                        (duplicate ? message.replace("Duplicate field", "field given twice:") : "not well-formed JSON")
                                + where,
                        duplicate ? "each field once" : "a JSON object")));
    }

    /** Where the reader was when it stopped (/facts/2/status), for errors below the object mapping. */
    private static String parsedSoFar(JsonProcessingException e) {
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
                && parser.getParsingContext() != null) {
            try {
                return parser.getParsingContext().pathAsPointer().toString();
            } catch (RuntimeException ignored) {
                return "";
            }
        }
        return "";
    }

    static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .map(s -> "/" + s.replace("~", "~0").replace("/", "~1"))
                .collect(Collectors.joining());
    }

    @SuppressWarnings("unchecked")
    private static String expected(Class<?> type) {
        if (type == null) {
            return "the documented type";
        }
        if (type.isEnum()) {
            return FactException.oneOf((Class<? extends Enum<?>>) type);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date YYYY-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON " + (type == String.class ? "string" : "object");
    }

    static Response problem(int status, String type, String title, String detail, List<Problem> problems) {
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail(BASE + type, title, status, detail, problems))
                .build();
    }
}
