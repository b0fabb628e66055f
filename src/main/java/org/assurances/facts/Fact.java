package org.assurances.facts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One posted fact (spec section 2). Every fact may carry the date it became true and the analyst's
 * evidence; a fact without a date is taken to hold from before the crisis.
 */
@Schema(
        description = "A fact; its 'type' says which kind",
        discriminatorProperty = "type",
        oneOf = {
            WeaponSystem.class,
            Verification.class,
            Undertaking.class,
            Safeguard.class,
            Declaration.class,
            UsAction.class,
            Incident.class
        })
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WeaponSystem.class, name = "weaponSystem"),
    @JsonSubTypes.Type(value = Verification.class, name = "verification"),
    @JsonSubTypes.Type(value = Undertaking.class, name = "undertaking"),
    @JsonSubTypes.Type(value = Safeguard.class, name = "safeguard"),
    @JsonSubTypes.Type(value = Declaration.class, name = "declaration"),
    @JsonSubTypes.Type(value = UsAction.class, name = "usAction"),
    @JsonSubTypes.Type(value = Incident.class, name = "incident")
})
public sealed interface Fact
        permits WeaponSystem, Verification, Undertaking, Safeguard, Declaration, UsAction, Incident {

    LocalDate date();

    String source();

    /** The date from which the fact holds; an undated fact holds from the beginning. */
    default LocalDate effective() {
        return date() == null ? LocalDate.MIN : date();
    }

    /** True when the fact is dated {@code day} or later (an undated fact only when {@code day} is the beginning). */
    default boolean onOrAfter(Object day) {
        return !effective().isBefore((LocalDate) day);
    }

    /** True when this fact reports a later state than {@code other}: the rules read the latest report. */
    default boolean laterThan(Fact other) {
        return effective().isAfter(other.effective());
    }

    /**
     * What must not differ between two facts of the same key on the same day; facts with the same key
     * and date but another state contradict each other. Null for facts that are events, not states.
     */
    default Object key() {
        return null;
    }

    /** The state the key holds; compared only when {@link #key()} is not null. */
    default Object state() {
        return null;
    }

    /** The JSON field that holds {@link #state()}, for error pointers. */
    default String stateField() {
        return null;
    }

    /** The type name used in JSON. */
    default String typeName() {
        return getClass().getAnnotation(FactType.class).value();
    }
}
