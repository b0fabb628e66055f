package org.assurances.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of the decision log: which evaluation, when, under which rulebook, of which fact set (by
 * hash, and by id where it was a saved set or a scenario), and each determination's status. {@code report}
 * is the full report when one was stored and asked for, else null.
 */
public record Decision(
        String id,
        Instant decidedAt,
        String rulebook,
        String factsHash,
        LocalDate asOf,
        Origin origin,
        String factSetId,
        Integer factSetRevision,
        String scenarioId,
        Map<String, String> statuses,
        boolean reportStored,
        boolean pending,
        JsonNode report) {

    /** What was evaluated. */
    public enum Origin {
        /** A fact set posted to /evaluations. */
        POSTED,
        /** A saved fact set, evaluated when saved or asked for. */
        SAVED,
        /** A shipped scenario's report. */
        SCENARIO,
        /** Recorded at start-up for a saved set or a scenario that had no decision under this rulebook yet. */
        BASELINE
    }

    /** What {@code GET /decisions} filters on; null fields do not filter. */
    public record Filter(
            String factSetId,
            String scenarioId,
            String rulebook,
            String determination,
            String status,
            Instant since,
            Instant until) {}
}
