package org.assurances.facts;

import static org.assurances.facts.FactException.oneOf;
import static org.assurances.facts.FactException.required;

import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspection or safeguard arrangement and Cuba's stance on it. {@code judgedSatisfactory} is the
 * analyst's judgement of an OTHER arrangement ("or in some other satisfactory way", para 7(c)) and is
 * required for it and refused for any other kind.
 */
@Schema(
        name = "safeguard",
        example = "{\"type\": \"safeguard\", \"kind\": \"UN_PRESENCE\", \"term\": \"LONG_TERM\","
                + " \"cubaStance\": \"ACCEPTED\", \"features\": [\"TROIKA_COMMISSION\"],"
                + " \"reciprocal\": true}")
@FactType("safeguard")
public record Safeguard(
        @Schema(required = true) SafeguardKind kind,
        @Schema(required = true) SafeguardTerm term,
        @Schema(required = true) CubaStance cubaStance,
        Set<SafeguardFeature> features,
        Boolean reciprocal,
        Boolean judgedSatisfactory,
        LocalDate date,
        String source)
        implements Fact {
    public Safeguard {
        required(kind, "kind", oneOf(SafeguardKind.class));
        required(term, "term", oneOf(SafeguardTerm.class));
        required(cubaStance, "cubaStance", oneOf(CubaStance.class));
        if (features != null && features.stream().anyMatch(java.util.Objects::isNull)) {
            throw new FactException(
                    "features",
                    "features must not contain null",
                    "any of " + java.util.Arrays.toString(SafeguardFeature.values()));
        }
        features = features == null ? Set.of() : Set.copyOf(features);
        if (kind == SafeguardKind.OTHER) {
            required(
                    judgedSatisfactory, "judgedSatisfactory", "true or false: is this OTHER arrangement satisfactory?");
        } else if (judgedSatisfactory != null) {
            throw new FactException(
                    "judgedSatisfactory",
                    "judgedSatisfactory applies only to kind OTHER, not " + kind,
                    "no judgedSatisfactory");
        }
    }

    public boolean accepted() {
        return cubaStance == CubaStance.ACCEPTED;
    }

    public boolean longTerm() {
        return term == SafeguardTerm.LONG_TERM;
    }

    /** The first disqualifying feature (para 5, 5(b)), or null. */
    public SafeguardFeature disqualifiedBy() {
        return features.stream().sorted().findFirst().orElse(null);
    }

    @Override
    public Object key() {
        return java.util.List.of(kind, term);
    }

    @Override
    public Object state() {
        return cubaStance;
    }

    @Override
    public String stateField() {
        return "cubaStance";
    }
}
