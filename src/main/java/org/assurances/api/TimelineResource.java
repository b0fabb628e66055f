package org.assurances.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.assurances.facts.Fact;
import org.assurances.facts.FactSet;
import org.assurances.timeline.Timeline;
import org.assurances.timeline.Transition;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** POST dated facts, get the history of the agreement as transitions. */
@Path("/timelines")
public class TimelineResource {
    private final EvaluationService service;
    private final Timeline timeline;

    TimelineResource(EvaluationService service) {
        this.service = service;
        this.timeline = new Timeline(service.evaluator());
    }

    /** Dated facts, and optionally the first and last day to replay (default: the first and last fact dates). */
    public record TimelineRequest(List<Fact> facts, LocalDate from, LocalDate until) {}

    public record TimelineAnswer(String rulebook, List<Transition> transitions) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay dated facts: every day a determination or condition changes, with what changed it")
    public TimelineAnswer replay(TimelineRequest request) {
        Bodies.required(request, "{\"facts\": [...], \"from\": ..., \"until\": ...}");
        // validates the facts as one fact set would be (dates, contradictions, the size limit)
        FactSet all = new FactSet(request.until() == null ? FactSet.LATEST : request.until(), request.facts());
        service.check(all);
        return new TimelineAnswer(
                org.assurances.engine.Rulebook.VERSION, timeline.replay(all.facts(), request.from(), request.until()));
    }
}
