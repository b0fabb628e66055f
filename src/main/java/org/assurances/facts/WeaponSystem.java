package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one kind of Soviet system in Cuba stands. The latest report on a system is its status. */
@Schema(
        name = "weaponSystem",
        example = "{\"type\": \"weaponSystem\", \"system\": \"IL28_BOMBER\", \"status\": \"REMOVED\","
                + " \"date\": \"1962-12-06\", \"source\": \"KISSINGER-1970, Khrushchev 11 Dec\"}")
@FactType("weaponSystem")
public record WeaponSystem(
        @Schema(required = true) SystemKind system,
        @Schema(required = true) SystemStatus status,
        LocalDate date,
        String source)
        implements Fact {
    public WeaponSystem {
        required(system, "system", oneOf(SystemKind.class));
        required(status, "status", oneOf(SystemStatus.class));
    }

    /** Removed or never delivered: the system is out of Cuba. */
    public boolean out() {
        return status == SystemStatus.REMOVED || status == SystemStatus.NEVER_DELIVERED;
    }

    @Override
    public Object key() {
        return system;
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
