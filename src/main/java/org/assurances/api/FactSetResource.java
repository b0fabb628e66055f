package org.assurances.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.assurances.api.problems.Bodies;
import org.assurances.api.problems.Query;
import org.assurances.service.EvaluationService;
import org.assurances.service.Records;
import org.assurances.store.Decision;
import org.assurances.store.FactSetStore;
import org.assurances.store.SavedFactSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Saved fact sets: an analyst's work kept under a name, every revision of it kept too. A revision is
 * made with If-Match naming the revision it changes (its ETag), so no one overwrites a change unseen.
 */
@Path("/fact-sets")
@Produces(MediaType.APPLICATION_JSON)
public class FactSetResource {
    static final int MAX_PAGE_SIZE = 100;
    private final FactSetStore store;
    private final EvaluationService service;

    FactSetResource(Records records, EvaluationService service) {
        this.store = records.factSets();
        this.service = service;
    }

    /** A saved fact set as answered: what was saved, and the decision its saving logged. */
    public record Saved(
            String id,
            String name,
            String description,
            List<String> tags,
            int revision,
            java.time.Instant created,
            java.time.Instant updated,
            org.assurances.facts.FactSet factSet,
            String decisionId) {
        static Saved of(SavedFactSet s, String decisionId) {
            return new Saved(
                    s.id(),
                    s.name(),
                    s.description(),
                    s.tags(),
                    s.revision(),
                    s.created(),
                    s.updated(),
                    s.factSet(),
                    decisionId);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save a fact set under a name",
            description = "Checked as /evaluations checks a fact set; saving evaluates it once and logs the decision.")
    @APIResponse(responseCode = "201", description = "Saved: Location names it, ETag is its revision")
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, unknown field",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "422",
            description = "A missing name or fact set, an invalid fact",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "503",
            description = "The database is unavailable",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(FactSetRequest request, @Context UriInfo uri) {
        FactSetRequest checked = required(request);
        service.check(checked.factSet());
        SavedFactSet saved = store.create(checked.draft());
        String decision = logged(saved);
        return unlogged(
                Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build())
                        .tag(String.valueOf(saved.revision()))
                        .entity(Saved.of(saved, decision)),
                decision);
    }

    @GET
    @Operation(
            summary = "Saved fact sets, newest change first, a page at a time",
            description = "name matches any part of the name, in any case; tag matches one tag exactly.")
    public SavedFactSet.Page<SavedFactSet.Summary> list(
            @QueryParam("name") String name,
            @QueryParam("tag") String tag,
            @Parameter(description = "from 0 (default 0)") @QueryParam("page") String page,
            @Parameter(description = "1 to 100 (default 20)") @QueryParam("size") String size) {
        return store.list(
                name,
                tag,
                Query.integer("page", page, 0, 0, 1_000_000),
                Query.integer("size", size, 20, 1, MAX_PAGE_SIZE));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A saved fact set at its latest revision (ETag: the revision)")
    public RestResponse<SavedFactSet> one(@PathParam("id") String id) {
        SavedFactSet saved = find(id);
        return RestResponse.ResponseBuilder.ok(saved)
                .tag(String.valueOf(saved.revision()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revise a saved fact set; the earlier revisions are kept",
            description = "Send If-Match with the ETag you read: a stale one answers 412 and changes nothing.")
    @APIResponse(responseCode = "200", description = "The new revision (ETag)")
    @APIResponse(
            responseCode = "404",
            description = "No such fact set",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "412",
            description = "If-Match names an older revision than the latest",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "428",
            description = "No If-Match header",
            content = @Content(mediaType = "application/problem+json"))
    public Response revise(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, FactSetRequest request) {
        FactSetRequest checked = required(request);
        service.check(checked.factSet());
        SavedFactSet saved = store.update(id, revision(id, ifMatch), checked.draft());
        String decision = logged(saved);
        return unlogged(Response.ok(Saved.of(saved, decision)).tag(String.valueOf(saved.revision())), decision);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every revision of a saved fact set, oldest first")
    public List<SavedFactSet.Revision> revisions(@PathParam("id") String id) {
        return store.revisions(id);
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The report for a saved fact set, as of its date or of ?asOf=YYYY-MM-DD; logged as a decision")
    public RestResponse<Object> report(
            @PathParam("id") String id,
            @Parameter(description = "YYYY-MM-DD") @QueryParam("asOf") String asOfText,
            @Parameter(description = "compact (the default) or full") @QueryParam("detail") String detail,
            @Parameter(description = "true: also the readings that would change each status (sensitiveTo)")
                    @QueryParam("sensitivity")
                    String sensitivity) {
        LocalDate asOf = Query.date("asOf", asOfText);
        boolean full = Query.full(detail);
        boolean sensitive = Query.flag("sensitivity", sensitivity);
        SavedFactSet saved = find(id);
        var facts = asOf == null ? saved.factSet() : saved.factSet().on(asOf);
        return EvaluationResource.withDecisionHeader(
                service.decide(facts, Decision.Origin.SAVED, saved.id(), saved.revision(), null, sensitive),
                full,
                facts);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a saved fact set and all its revisions (its decisions stay in the log)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "404",
            description = "No such fact set",
            content = @Content(mediaType = "application/problem+json"))
    public Response delete(@PathParam("id") String id) {
        if (!store.delete(id)) {
            throw new SavedFactSet.NotFound(id);
        }
        return Response.noContent().build();
    }

    private SavedFactSet find(String id) {
        return store.find(id).orElseThrow(() -> new SavedFactSet.NotFound(id));
    }

    /** A save whose evaluation the log could not take says so, as an evaluation does (Decision-Logged: false). */
    private static Response unlogged(Response.ResponseBuilder answer, String decision) {
        return (decision == null ? answer.header(EvaluationResource.DECISION_LOGGED, "false") : answer).build();
    }

    private String logged(SavedFactSet saved) {
        return service.decide(saved.factSet(), Decision.Origin.SAVED, saved.id(), saved.revision(), null)
                .decisionId();
    }

    private static FactSetRequest required(FactSetRequest request) {
        return Bodies.required(request, "{\"name\": ..., \"factSet\": {\"asOf\": ..., \"facts\": [...]}}");
    }

    /** The revision If-Match names: 428 without one, 412 if it names none. */
    private static int revision(String id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired(id);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new SavedFactSet.Conflict("If-Match " + ifMatch + " names no revision of fact set '" + id + "'");
        }
    }

    /** A revision sent without If-Match. */
    public static class PreconditionRequired extends RuntimeException {
        PreconditionRequired(String id) {
            super("revising fact set '" + id + "' needs If-Match with the ETag you read (GET /fact-sets/" + id + ")");
        }
    }
}
