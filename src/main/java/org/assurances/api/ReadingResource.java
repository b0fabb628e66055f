package org.assurances.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.assurances.engine.RuleIndex;
import org.assurances.engine.Rulebook;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The readings: the questions the documents leave open, each with its two alternatives, as the rules declare them.
 * A fact set switches one with {"readings": {"<id>": "<alternative>"}}.
 */
@Path("/readings")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {
    private final List<Reading> readings;

    ReadingResource(EvaluationService service) {
        java.util.Map<String, String> files = Rulebook.files();
        this.readings = service.evaluator().index().readings().stream()
                .map(r -> new Reading(
                        r.id(),
                        r.source(),
                        r.question(),
                        r.byDefault(),
                        r.other(),
                        r.rule(),
                        files.get(r.rule()),
                        "/edition#reading-" + r.id()))
                .toList();
    }

    /**
     * One reading: {@code byDefault} is the rulebook's (the spec's) alternative, {@code alternative} the other; each
     * has its id, its gloss and the sentence of the documents that speaks for it. {@code rule} declares it, in
     * {@code file}; {@code edition} is its place in the woven edition.
     */
    public record Reading(
            String id,
            String citation,
            String question,
            RuleIndex.Alternative byDefault,
            RuleIndex.Alternative alternative,
            String rule,
            String file,
            String edition) {}

    @GET
    @Operation(
            summary = "Every reading the documents leave open, with both alternatives and the default",
            description = "Switch one in a fact set with \"readings\": {\"<id>\": \"<alternative>\"}; an unknown id or"
                    + " alternative is a 422 naming it. ?sensitivity=true on an evaluation says which readings would"
                    + " change each status.")
    public List<Reading> all() {
        return readings;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One reading, by id (e.g. 8-not-at-all)")
    public Reading one(@PathParam("id") String id) {
        return readings.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no reading '" + id + "'; one of "
                        + readings.stream().map(Reading::id).toList()));
    }
}
