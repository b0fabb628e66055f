package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reported event that can break a condition subsequent; only a confirmed one breaks it (spec 1.3). */
@Schema(
        name = "incident",
        example = "{\"type\": \"incident\", \"kind\": \"REINTRODUCTION_OF_OFFENSIVE_WEAPONS\", \"confirmed\": "
                + "false, \"date\": \"1970-09-25\"}")
@FactType("incident")
public record Incident(
        @Schema(required = true) IncidentKind kind,
        @Schema(required = true) Boolean confirmed,
        LocalDate date,
        String source)
        implements Fact {
    public Incident {
        required(kind, "kind", oneOf(IncidentKind.class));
        required(confirmed, "confirmed", "true or false");
    }

    /**
     * Dated on or after {@code day} (YYYY-MM-DD as a rule writes it, or a date), or undated: an undated incident
     * holds from the beginning and so counts.
     */
    public boolean since(Object day) {
        LocalDate from = day instanceof String text ? LocalDate.parse(text) : (LocalDate) day;
        return date == null || !date.isBefore(from);
    }

    /** The day before the incident: an assurance it violates was binding then (null when undated). */
    public LocalDate dayBefore() {
        return date == null ? null : date.minusDays(1);
    }

    /** Dated after {@code day}, or undated (an undated incident holds from the beginning and so counts). */
    public boolean datedAfter(Object day) {
        return date == null || day == null || date.isAfter((LocalDate) day);
    }

    @Override
    public Object key() {
        return kind;
    }

    @Override
    public Object state() {
        return confirmed;
    }

    @Override
    public String stateField() {
        return "confirmed";
    }
}
