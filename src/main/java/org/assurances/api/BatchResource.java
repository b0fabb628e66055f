package org.assurances.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.assurances.api.problems.Query;
import org.assurances.engine.Report;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.assurances.rules.Determination;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Many fact sets at once, for tests over historical states run outside the JVM: a JSON array or NDJSON in,
 * one report per line (NDJSON) out in the posted order, or a CSV summary. Every fact set is checked before
 * any is evaluated, so a bad one is a problem naming it ({@code /3/facts/0/status}) and nothing else is
 * answered; then they are evaluated on every core and written as each one's turn comes.
 */
@Path("/evaluations/batch")
public class BatchResource {
    static final String NDJSON = "application/x-ndjson";
    static final TypeReference<List<FactSet>> LIST = new TypeReference<>() {};
    private static final ExecutorService CORES =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "batch-evaluation");
                t.setDaemon(true);
                return t;
            });
    private final EvaluationService service;
    private final ObjectMapper json;
    private final int maxSets;

    BatchResource(
            EvaluationService service,
            ObjectMapper json,
            @ConfigProperty(name = "assurances.batch.max-sets") int maxSets) {
        this.service = service;
        this.json = json;
        this.maxSets = maxSets;
    }

    @POST
    @Consumes({"application/json", NDJSON})
    @Produces({NDJSON, "text/csv"})
    @Operation(
            summary = "Evaluate many fact sets: a JSON array or NDJSON in; NDJSON reports or a CSV summary out",
            description = "Reports come back one per line in the posted order (each logged, with its decisionId);"
                    + " with Accept: text/csv, one row per fact set and one column per determination. At most"
                    + " assurances.batch.max-sets fact sets (1,000) and 1 MiB.")
    @APIResponse(responseCode = "200", description = "One report per line, or the CSV")
    @APIResponse(
            responseCode = "400",
            description = "Unreadable JSON, pointing into the fact set (/3/facts/0/status)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "413",
            description = "More fact sets than the limit, or over 1 MiB",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "422",
            description = "An invalid fact set, named by its index",
            content = @Content(mediaType = "application/problem+json"))
    public Response evaluate(
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
                            content = {
                                @Content(
                                        mediaType = "application/json",
                                        schema =
                                                @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                                        type =
                                                                org.eclipse.microprofile.openapi.annotations.enums
                                                                        .SchemaType.ARRAY,
                                                        implementation = FactSet.class),
                                        examples =
                                                @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(
                                                        name = "two states",
                                                        value = Examples.BATCH)),
                                @Content(mediaType = NDJSON)
                            })
                    InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                            description = "compact (the default) or full, for the NDJSON reports")
                    @jakarta.ws.rs.QueryParam("detail")
                    String detail)
            throws IOException {
        boolean full = Query.full(detail);
        List<FactSet> sets = read(body, contentType != null && contentType.startsWith(NDJSON));
        if (sets.isEmpty()) {
            throw new InvalidFactSetException(
                    List.of(new Problem("", "no fact sets", "a JSON array of fact sets, or NDJSON")));
        }
        if (sets.size() > maxSets) {
            throw new TooManySets(maxSets, sets.size());
        }
        for (int i = 0; i < sets.size(); i++) {
            try {
                service.check(sets.get(i));
            } catch (InvalidFactSetException e) {
                throw new EvaluationService.TooManyFactsException(e, "/" + i);
            }
        }
        List<CompletableFuture<Report>> reports = new ArrayList<>();
        for (FactSet set : sets) {
            // Evaluated on the pool; the log's commit is waited for without holding a pool thread.
            reports.add(CompletableFuture.supplyAsync(
                            () -> service.decideLater(
                                    set, org.assurances.store.Decision.Origin.POSTED, null, null, null),
                            CORES)
                    .thenCompose(logged -> logged));
        }
        boolean csv = accept != null && accept.contains("text/csv") && !accept.contains(NDJSON);
        StreamingOutput out = csv ? stream -> csv(stream, sets, reports) : stream -> ndjson(stream, reports, full);
        return Response.ok(out, csv ? "text/csv" : NDJSON).build();
    }

    private List<FactSet> read(InputStream body, boolean ndjson) throws IOException {
        if (!ndjson) {
            List<FactSet> sets = json.readValue(body, LIST);
            return sets == null ? List.of() : sets;
        }
        List<FactSet> sets = new ArrayList<>();
        String[] lines = new String(body.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                sets.add(json.readValue(line, FactSet.class));
            } catch (JsonMappingException e) {
                if (!(e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException text)
                        || text instanceof JsonMappingException) {
                    e.prependPath(sets, sets.size());
                    throw e;
                }
                throw malformed(sets.size(), text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw malformed(sets.size(), e);
            }
        }
        return sets;
    }

    /** A line that is not JSON at all: the line is named, not a field inside it. */
    private static MalformedLine malformed(int index, com.fasterxml.jackson.core.JsonProcessingException e) {
        return new MalformedLine(List.of(new Problem(
                "/" + index,
                "line " + (index + 1) + " is not well-formed JSON: "
                        + org.assurances.facts.Words.plain(String.valueOf(e.getOriginalMessage())),
                "one fact set per line")));
    }

    private void ndjson(OutputStream stream, List<CompletableFuture<Report>> reports, boolean full) throws IOException {
        for (CompletableFuture<Report> report : reports) {
            Report r = report.join();
            stream.write(json.writeValueAsBytes(full ? r : org.assurances.report.CompactReport.of(r)));
            stream.write('\n');
            stream.flush();
        }
    }

    private void csv(OutputStream stream, List<FactSet> sets, List<CompletableFuture<Report>> reports)
            throws IOException {
        StringBuilder head = new StringBuilder("index,asOf,decisionId,rulebook");
        for (Determination d : Determination.values()) {
            head.append(',').append(d.name());
        }
        stream.write((head + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i).join();
            StringBuilder row = new StringBuilder()
                    .append(i)
                    .append(',')
                    .append(sets.get(i).asOf())
                    .append(',')
                    .append(r.decisionId() == null ? "" : r.decisionId())
                    .append(',')
                    .append(r.rulebook());
            for (Determination d : Determination.values()) {
                row.append(',').append(r.determination(d).status());
            }
            stream.write((row + "\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
        }
    }

    /** More fact sets than the limit. */
    public static class TooManySets extends EvaluationService.TooManyFactsException {
        TooManySets(int limit, int posted) {
            super(List.of(new Problem(
                    "",
                    posted + " fact sets posted, more than the limit of " + limit,
                    "at most " + limit + " fact sets (assurances.batch.max-sets)")));
        }
    }

    /** A line of NDJSON that is not JSON: a 400, as malformed JSON is everywhere. */
    public static final class MalformedLine extends InvalidFactSetException {
        MalformedLine(List<Problem> problems) {
            super(problems);
        }
    }
}
