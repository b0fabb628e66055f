package org.assurances.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.assurances.api.problems.Query;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.service.Records;
import org.assurances.store.Decision;
import org.assurances.store.DecisionLog;
import org.assurances.store.SavedFactSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The decision log: every evaluation the service answered, with its rulebook and verdicts. */
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {
    private final DecisionLog log;

    DecisionResource(Records records) {
        this.log = records.decisions();
    }

    /** A page of decisions, and how many entries still wait to be written (not yet listed). */
    public record Listing(java.util.List<Decision> items, int page, int size, long total, int pending) {}

    @GET
    @Operation(
            summary = "Decisions, newest first, a page at a time",
            description = "Entries are written off the request path within a second; 'pending' counts those not yet"
                    + " written (GET /decisions/{id} finds them already).")
    public Listing list(
            @QueryParam("factSet") String factSet,
            @QueryParam("scenario") String scenario,
            @QueryParam("rulebook") String rulebook,
            @Parameter(description = "a determination, e.g. NON_INVASION") @QueryParam("determination")
                    String determination,
            @Parameter(description = "BINDING, NOT_BINDING or UNDETERMINED") @QueryParam("status") String status,
            @Parameter(description = "decided at or after (ISO time or date)") @QueryParam("since") String since,
            @Parameter(description = "decided before (ISO time or date)") @QueryParam("until") String until,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Decision.Filter filter = new Decision.Filter(
                factSet,
                scenario,
                rulebook,
                Query.oneOf("determination", determination, Determination.class),
                Query.oneOf("status", status, Status.class),
                Query.instant("since", since),
                Query.instant("until", until));
        int p = Query.integer("page", page, 0, 0, 1_000_000);
        int n = Query.integer("size", size, 20, 1, FactSetResource.MAX_PAGE_SIZE);
        SavedFactSet.Page<Decision> found = log.search(filter, p, n);
        return new Listing(found.items(), found.page(), found.size(), found.total(), log.buffered());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One decision, with its full report when the report was stored")
    public Decision one(@PathParam("id") String id) {
        return log.find(id, true)
                .orElseThrow(() -> new NotFoundException("no decision '" + id + "' (an entry dropped"
                        + " while the database was unavailable is counted in assurances_decisions_dropped_total)"));
    }
}
