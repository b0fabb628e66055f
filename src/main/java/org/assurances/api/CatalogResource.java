package org.assurances.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.assurances.engine.Catalog;
import org.assurances.rules.Determination;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The rulebook as a catalog: what each determination is contingent on, quoted and cited. */
@Path("/assurances")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {
    private final Catalog catalog;

    CatalogResource(EvaluationService service) {
        this.catalog = service.catalog();
    }

    @GET
    @Operation(summary = "Every determination with its conditions, citations and quoted source text")
    public List<Catalog.Entry> all() {
        return catalog.entries();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One determination, by id (e.g. NON_INVASION)")
    public Catalog.Entry one(@PathParam("id") String id) {
        return catalog.entry(id)
                .orElseThrow(() -> new NotFoundException(
                        "no determination '" + id + "'; one of " + Arrays.toString(Determination.values())));
    }
}
