package org.assurances.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.assurances.analysis.Timeline;
import org.assurances.analysis.Transition;
import org.assurances.api.problems.Bodies;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.service.EvaluationService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** POST dated facts, get the history of the agreement as transitions. */
@Path("/timelines")
public class TimelineResource {
    private final EvaluationService service;
    private final Timeline timeline;

    private final int maxDays;
    private final java.time.Duration budget;

    TimelineResource(
            EvaluationService service,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "assurances.timeline.max-days") int maxDays,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "assurances.timeline.time-budget")
                    java.time.Duration budget) {
        this.service = service;
        this.timeline = new Timeline(service.evaluator());
        this.maxDays = maxDays;
        this.budget = budget;
    }

    /** Dated facts, and optionally the first and last day to replay (default: the first and last fact dates). */
    public record TimelineRequest(
            List<Fact> facts,
            LocalDate from,
            LocalDate until,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "Readings switched from their default, as in a fact set (GET /readings)")
            java.util.Map<String, String> readings) {}

    public record TimelineAnswer(String rulebook, List<Transition> transitions) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay dated facts: every day a determination or condition changes, with what changed it")
    public TimelineAnswer replay(TimelineRequest request) {
        Bodies.required(request, "{\"facts\": [...], \"from\": ..., \"until\": ...}");
        // validates the facts as one fact set would be (dates, contradictions, the size limit)
        FactSet all = new FactSet(
                request.until() == null ? FactSet.LATEST : request.until(), request.facts(), request.readings());
        service.check(all);
        bounded(request, all);
        return new TimelineAnswer(
                org.assurances.engine.Rulebook.VERSION,
                timeline.replay(all.facts(), all.readings(), request.from(), request.until(), budget));
    }

    /** A replay is bounded in days (assurances.timeline.max-days), in facts (max-facts) and in time. */
    private void bounded(TimelineRequest request, FactSet all) {
        if (request.from() != null && FactSet.outOfRange(request.from())) {
            throw new org.assurances.facts.InvalidFactSetException(List.of(new org.assurances.facts.Problem(
                    "/from",
                    "from " + request.from() + " is outside " + FactSet.EARLIEST + " .. " + FactSet.LATEST,
                    "a date between " + FactSet.EARLIEST + " and " + FactSet.LATEST)));
        }
        LocalDate first = request.from() != null
                ? request.from()
                : all.facts().stream()
                        .map(Fact::date)
                        .filter(java.util.Objects::nonNull)
                        .min(LocalDate::compareTo)
                        .orElse(null);
        LocalDate last = request.until() != null
                ? request.until()
                : all.facts().stream()
                        .map(Fact::date)
                        .filter(java.util.Objects::nonNull)
                        .max(LocalDate::compareTo)
                        .orElse(first);
        if (first != null && last != null && java.time.temporal.ChronoUnit.DAYS.between(first, last) > maxDays) {
            throw new org.assurances.facts.InvalidFactSetException(List.of(new org.assurances.facts.Problem(
                    request.until() != null ? "/until" : "/facts",
                    "the timeline spans " + java.time.temporal.ChronoUnit.DAYS.between(first, last) + " days, from "
                            + first + " to " + last + ": more than " + maxDays,
                    "at most " + maxDays + " days (assurances.timeline.max-days, a century)")));
        }
    }
}
