package org.assurances.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assurances.analysis.Comparison;
import org.assurances.analysis.Counterfactuals;
import org.assurances.api.problems.Bodies;
import org.assurances.facts.FactSet;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An analyst's questions beyond the status: what would it take, and what differs between two states. */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {
    static final int MAX_CHANGES = 4;
    static final int MAX_BUDGET_MS = 10_000;
    static final int MAX_ANSWERS = 20;
    private final EvaluationService service;
    private final Counterfactuals counterfactuals;
    private final Comparison comparison;

    AnalysisResource(EvaluationService service, ObjectMapper json) {
        this.service = service;
        this.counterfactuals = new Counterfactuals(service.evaluator(), json);
        this.comparison = new Comparison(service.evaluator());
    }

    /** What would it take for {@code determination} to be {@code wanted}. */
    @Schema(description = "A counterfactual question")
    public record CounterfactualRequest(
            @Schema(required = true) FactSet factSet,
            @Schema(required = true) Determination determination,
            @Schema(required = true) Status wanted,

            @Schema(
                    minimum = "1",
                    maximum = "4",
                    defaultValue = "3",
                    description = "at most this many changes together")
            Integer maxChanges,

            @Schema(
                    minimum = "100",
                    maximum = "10000",
                    defaultValue = "2000",
                    description = "stop searching after this long")
            Integer timeBudgetMs,

            @Schema(minimum = "1", maximum = "20", defaultValue = "5")
            Integer maxAnswers,

            @Schema(
                    defaultValue = "false",
                    description = "also remove or change posted facts, as if the past had been otherwise")
            Boolean rewriteHistory) {
        public CounterfactualRequest {
            List<Problem> problems = new ArrayList<>();
            if (factSet == null) {
                problems.add(new Problem(
                        "/factSet", "'factSet' is required", "a fact set {\"asOf\": ..., \"facts\": [...]}"));
            }
            if (determination == null) {
                problems.add(new Problem(
                        "/determination",
                        "'determination' is required",
                        org.assurances.facts.FactException.oneOf(Determination.class)));
            }
            if (wanted == null) {
                problems.add(new Problem("/wanted", "'wanted' is required", "BINDING, NOT_BINDING or UNDETERMINED"));
            }
            maxChanges = bounded(problems, "/maxChanges", maxChanges, 3, 1, MAX_CHANGES);
            timeBudgetMs = bounded(problems, "/timeBudgetMs", timeBudgetMs, 2000, 100, MAX_BUDGET_MS);
            maxAnswers = bounded(problems, "/maxAnswers", maxAnswers, 5, 1, MAX_ANSWERS);
            rewriteHistory = rewriteHistory != null && rewriteHistory;
            if (!problems.isEmpty()) {
                throw new InvalidFactSetException(problems);
            }
        }
    }

    static Integer bounded(List<Problem> problems, String pointer, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(new Problem(pointer, value + " is out of range", "a whole number from " + min + " to " + max));
        }
        return value;
    }

    @POST
    @Path("counterfactuals")
    @Operation(
            summary = "What would it take: the smallest sets of fact changes that give a determination the "
                    + "wanted status",
            description = "Changes are facts added on the as-of date (and, with rewriteHistory, posted facts removed or"
                    + " changed). Smallest first; 'searched' says how far the search went and "
                    + "whether a bound cut it short.")
    @APIResponse(responseCode = "200", description = "The answers, smallest first")
    @APIResponse(
            responseCode = "400",
            description = "Unreadable JSON",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(
            responseCode = "422",
            description = "A missing or out-of-range field, an invalid fact set",
            content = @Content(mediaType = "application/problem+json"))
    public Counterfactuals.Result counterfactuals(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(
                                                            name = "NON_INVASION in August 1970",
                                                            value = Examples.COUNTERFACTUAL)))
                    CounterfactualRequest request) {
        CounterfactualRequest q = required(request);
        service.check(q.factSet());
        return counterfactuals.search(new Counterfactuals.Query(
                q.factSet(),
                q.determination(),
                q.wanted(),
                q.maxChanges(),
                q.timeBudgetMs(),
                q.maxAnswers(),
                q.rewriteHistory()));
    }

    /**
     * Two fact sets, or one on two dates, or one under two readings (leftReadings, rightReadings: switched on top of
     * the set's own readings; a date left out is the set's own).
     */
    @Schema(
            description = "Either left and right, or factSet with leftAsOf and rightAsOf, or factSet with leftReadings"
                    + " and rightReadings (the same facts under two readings, side by side)")
    public record ComparisonRequest(
            FactSet left,
            FactSet right,
            FactSet factSet,
            LocalDate leftAsOf,
            LocalDate rightAsOf,
            Map<String, String> leftReadings,
            Map<String, String> rightReadings) {
        public ComparisonRequest {
            boolean two = left != null || right != null;
            boolean switched = leftReadings != null || rightReadings != null;
            boolean dates = factSet != null || leftAsOf != null || rightAsOf != null || switched;
            List<Problem> problems = new ArrayList<>();
            if (two && dates || !two && !dates) {
                problems.add(new Problem(
                        two ? "/factSet" : "/left",
                        two ? "both left/right and factSet/leftAsOf/rightAsOf" : "nothing to compare",
                        "either {\"left\": ..., \"right\": ...} or {\"factSet\": ..., \"leftAsOf\": "
                                + "..., \"rightAsOf\": ...}"));
            } else if (two) {
                required(problems, "/left", left);
                required(problems, "/right", right);
            } else {
                required(problems, "/factSet", factSet);
                if (!switched) {
                    required(problems, "/leftAsOf", leftAsOf);
                    required(problems, "/rightAsOf", rightAsOf);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidFactSetException(problems);
            }
        }

        FactSet leftSet() {
            return left != null ? left : side(leftAsOf, leftReadings);
        }

        FactSet rightSet() {
            return right != null ? right : side(rightAsOf, rightReadings);
        }

        private FactSet side(LocalDate asOf, Map<String, String> readings) {
            Map<String, String> all = new java.util.TreeMap<>(factSet.readings());
            if (readings != null) {
                all.putAll(readings);
            }
            return new FactSet(asOf == null ? factSet.asOf() : asOf, factSet.facts(), all);
        }
    }

    static void required(List<Problem> problems, String pointer, Object value) {
        if (value == null) {
            problems.add(new Problem(
                    pointer,
                    "'" + pointer.substring(1) + "' is required",
                    pointer.endsWith("AsOf") ? "a date YYYY-MM-DD" : "a fact set"));
        }
    }

    @POST
    @Path("comparisons")
    @Operation(
            summary = "Compare two fact sets, or one fact set on two dates",
            description = "Every determination and condition whose value differs, with the rule that decided "
                    + "each side,"
                    + " the facts posted on one side only, and both reports.")
    @APIResponse(responseCode = "200", description = "The differences and both reports")
    @APIResponse(
            responseCode = "422",
            description = "Neither or both forms, an invalid fact set",
            content = @Content(mediaType = "application/problem+json"))
    public Comparison.Result compare(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(
                                                            name = "13 and 21 November 1962",
                                                            value = Examples.COMPARISON)))
                    ComparisonRequest request) {
        ComparisonRequest q = required(request);
        FactSet left = dated(q::leftSet, q.left() == null ? "/leftAsOf" : "/left/asOf");
        FactSet right = dated(q::rightSet, q.right() == null ? "/rightAsOf" : "/right/asOf");
        service.check(left);
        service.check(right);
        return comparison.compare(left, right);
    }

    /** A fact set made from one posted on another date: a date out of range points at the date posted. */
    private static FactSet dated(java.util.function.Supplier<FactSet> make, String asOfPointer) {
        try {
            return make.get();
        } catch (InvalidFactSetException e) {
            throw new InvalidFactSetException(e.problems().stream()
                    .map(p -> p.pointer().equals("/asOf") ? new Problem(asOfPointer, p.detail(), p.expected()) : p)
                    .toList());
        }
    }

    private static <T> T required(T request) {
        return Bodies.required(request, "a JSON object");
    }
}
