package org.assurances.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.assurances.facts.*;

/** Random but valid fact sets: every fact type and enum value, dates around the boundaries, gaps, histories. */
public final class FactSets {
    /** Days where the rules change their mind: the terms of 12 Nov, the 30-day window of 20 Nov. */
    static final List<LocalDate> EDGES = List.of(
            LocalDate.of(1962, 11, 11),
            LocalDate.of(1962, 11, 12),
            LocalDate.of(1962, 12, 20),
            LocalDate.of(1962, 12, 21),
            LocalDate.of(1962, 10, 22),
            LocalDate.of(1970, 8, 4));

    private FactSets() {}

    static Arbitrary<LocalDate> day() {
        Arbitrary<LocalDate> near = Arbitraries.integers()
                .between(0, 100)
                .map(d -> LocalDate.of(1962, 10, 14).plusDays(d));
        return Arbitraries.frequencyOf(Tuple.of(3, near), Tuple.of(2, Arbitraries.of(EDGES)));
    }

    static Arbitrary<LocalDate> maybeDay() {
        return day().injectNull(0.25);
    }

    static Arbitrary<Fact> weaponSystem() {
        return Combinators.combine(Arbitraries.of(SystemKind.class), Arbitraries.of(SystemStatus.class), maybeDay())
                .as((k, s, d) -> new WeaponSystem(k, s, d, null));
    }

    static Arbitrary<Fact> verification() {
        return Combinators.combine(
                        Arbitraries.of(Verifier.class),
                        Arbitraries.of(true, false),
                        Arbitraries.of(VerificationOutcome.class),
                        maybeDay())
                .as((by, onSite, outcome, d) -> new Verification(
                        VerificationSubject.REMOVAL, by, onSite && Verification.cubaCanConsent(by), outcome, d, null));
    }

    static Arbitrary<Fact> undertaking() {
        return Combinators.combine(
                        Arbitraries.of(Party.class),
                        Arbitraries.of(Pledge.class),
                        Arbitraries.of(UndertakingForm.class),
                        Arbitraries.of(UndertakingStatus.class),
                        Arbitraries.integers().between(1, 45),
                        day(),
                        Arbitraries.of(true, false))
                .as((party, pledge, form, status, days, d, dated) -> {
                    if (pledge == Pledge.REMOVE_IL28) {
                        boolean given = status == UndertakingStatus.GIVEN;
                        return new Undertaking(
                                Party.USSR, pledge, form, status, given ? days : null, given || dated ? d : null, null);
                    }
                    return new Undertaking(party, pledge, form, status, null, dated ? d : null, null);
                });
    }

    static Arbitrary<Fact> safeguard() {
        Arbitrary<Set<SafeguardFeature>> features = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Set.<SafeguardFeature>of())),
                Tuple.of(
                        1,
                        Arbitraries.of(SafeguardFeature.class)
                                .set()
                                .ofMinSize(1)
                                .ofMaxSize(2)));
        return Combinators.combine(
                        Arbitraries.of(SafeguardKind.class),
                        Arbitraries.of(SafeguardTerm.class),
                        Arbitraries.of(CubaStance.class),
                        features,
                        Arbitraries.of(true, false),
                        maybeDay())
                .as((kind, term, stance, faults, satisfactory, d) -> new Safeguard(
                        kind, term, stance, faults, null, kind == SafeguardKind.OTHER ? satisfactory : null, d, null));
    }

    static Arbitrary<Fact> declaration() {
        return Combinators.combine(
                        Arbitraries.of(AssuranceId.class),
                        Arbitraries.of(Declarant.class),
                        Arbitraries.of(DeclarationForm.class),
                        maybeDay())
                .as((a, by, f, d) -> new Declaration(a, by, f, d, null));
    }

    static Arbitrary<Fact> usAction() {
        return Combinators.combine(Arbitraries.of(UsActionKind.class), maybeDay())
                .as((a, d) -> new UsAction(a, d, null));
    }

    static Arbitrary<Fact> incident() {
        return Combinators.combine(Arbitraries.of(IncidentKind.class), Arbitraries.of(true, false), maybeDay())
                .as((k, confirmed, d) -> new Incident(k, confirmed, d, null));
    }

    static Arbitrary<Fact> fact() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, weaponSystem()),
                Tuple.of(3, verification()),
                Tuple.of(4, undertaking()),
                Tuple.of(3, safeguard()),
                Tuple.of(2, declaration()),
                Tuple.of(2, usAction()),
                Tuple.of(1, incident()));
    }

    /** A valid fact set: where two facts would contradict (same key and day, other state), the later one is dropped. */
    public static Arbitrary<FactSet> factSets() {
        return Combinators.combine(day(), fact().list().ofMaxSize(24))
                .as((asOf, facts) -> new FactSet(asOf, consistent(facts)));
    }

    static List<Fact> consistent(List<Fact> facts) {
        Set<List<Object>> slots = new HashSet<>();
        List<Fact> kept = new ArrayList<>();
        for (Fact f : facts) {
            if (f.key() == null
                    || slots.add(Arrays.asList(f.typeName(), f.key(), f.date()))
                    || kept.stream()
                            .anyMatch(k -> k.key() != null
                                    && k.typeName().equals(f.typeName())
                                    && k.key().equals(f.key())
                                    && java.util.Objects.equals(k.date(), f.date())
                                    && k.state().equals(f.state()))) {
                kept.add(f);
            }
        }
        return kept;
    }
}
