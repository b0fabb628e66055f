package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A promise by the other side. REMOVE_IL28 is the Soviet promise of para 2 and needs its date and
 * {@code withinDays}, from which its deadline runs; no other pledge has a period.
 */
@Schema(
        name = "undertaking",
        example = "{\"type\": \"undertaking\", \"party\": \"USSR\", \"pledge\": \"REMOVE_IL28\","
                + " \"form\": \"PRIVATE_LETTER\", \"status\": \"GIVEN\", \"withinDays\": 30,"
                + " \"date\": \"1962-11-20\"}")
@FactType("undertaking")
public record Undertaking(
        @Schema(required = true) Party party,
        @Schema(required = true) Pledge pledge,
        UndertakingForm form,
        @Schema(required = true) UndertakingStatus status,

        @Schema(minimum = "1", description = "for REMOVE_IL28, given: the days from date to the deadline")
        Integer withinDays,

        LocalDate date,
        String source)
        implements Fact {
    public Undertaking {
        required(party, "party", oneOf(Party.class));
        required(pledge, "pledge", oneOf(Pledge.class));
        required(status, "status", oneOf(UndertakingStatus.class));
        if (status == UndertakingStatus.GIVEN) {
            required(form, "form", oneOf(UndertakingForm.class) + " (a given promise has a form)");
        }
        if (pledge == Pledge.REMOVE_IL28) {
            if (party != Party.USSR) {
                throw new FactException(
                        "party", "REMOVE_IL28 is a Soviet pledge (ASSURANCES-1962-11-13 para 2)", "USSR");
            }
            if (status == UndertakingStatus.GIVEN) {
                required(withinDays, "withinDays", "a whole number of days greater than 0");
                required(date, "date", "the date of the promise, from which its deadline runs");
            }
        } else if (withinDays != null) {
            throw new FactException("withinDays", "withinDays applies only to the REMOVE_IL28 pledge", "no withinDays");
        }
        if (withinDays != null && withinDays <= 0) {
            throw new FactException(
                    "withinDays",
                    "withinDays must be greater than 0, got " + withinDays,
                    "a whole number of days greater than 0");
        }
    }

    public boolean given() {
        return status == UndertakingStatus.GIVEN;
    }

    /** The last day the REMOVE_IL28 promise allows; null for other pledges. */
    public LocalDate deadline() {
        return withinDays == null || date == null ? null : date.plusDays(withinDays);
    }

    /** The latest word stands per party and pledge, whatever its form (spec principle 7). */
    @Override
    public Object key() {
        return java.util.List.of(party, pledge);
    }

    @Override
    public Object state() {
        return status;
    }

    @Override
    public String stateField() {
        return "status";
    }
}
