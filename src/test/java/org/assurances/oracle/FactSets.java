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
    /** Days where the rules change their mind: the offer of 27 Oct, the terms of 12 Nov, the memo, 30 days on. */
    static final List<LocalDate> EDGES = List.of(
            LocalDate.of(1962, 11, 11),
            LocalDate.of(1962, 11, 12),
            LocalDate.of(1962, 12, 20),
            LocalDate.of(1962, 12, 21),
            LocalDate.of(1962, 10, 22),
            LocalDate.of(1962, 10, 26),
            LocalDate.of(1962, 10, 27),
            LocalDate.of(1962, 11, 13),
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

    /**
     * Histories in which an assurance binds for a while: the offensive systems out, then either the para 6 terms met
     * (a UN verification, both undertakings, a public Soviet pledge, Cuba accepting inspection) or Castro refusing
     * (para 8), then random later facts: invasions and aggressions, repeated reports, withdrawals, private letters,
     * new stances. These are the fact sets in which since when, and violations, matter (spec 7).
     */
    public static Arbitrary<FactSet> histories() {
        Arbitrary<LocalDate> early = Arbitraries.integers()
                .between(0, 25)
                .map(d -> LocalDate.of(1962, 10, 28).plusDays(d));
        Arbitrary<List<Fact>> para6 = Combinators.combine(early, early, early, early, early, early)
                .as((out, un, soviet, cuba, site, bombers) -> List.<Fact>of(
                        new WeaponSystem(SystemKind.MRBM, SystemStatus.REMOVED, out, null),
                        new WeaponSystem(SystemKind.IRBM, SystemStatus.NEVER_DELIVERED, null, null),
                        new WeaponSystem(SystemKind.IL28_BOMBER, SystemStatus.REMOVED, bombers, null),
                        new Verification(
                                VerificationSubject.REMOVAL,
                                Verifier.UN,
                                true,
                                VerificationOutcome.CONFIRMED,
                                un.isAfter(bombers) ? un : bombers,
                                null),
                        new Undertaking(
                                Party.USSR,
                                Pledge.NO_OFFENSIVE_WEAPONS_INTO_HEMISPHERE,
                                UndertakingForm.UN_SECURITY_COUNCIL_STATEMENT,
                                UndertakingStatus.GIVEN,
                                null,
                                soviet,
                                null),
                        new Undertaking(
                                Party.CUBA,
                                Pledge.NO_REINTRODUCTION_INTO_CUBA,
                                UndertakingForm.PUBLIC_STATEMENT,
                                UndertakingStatus.GIVEN,
                                null,
                                cuba,
                                null),
                        new Safeguard(
                                SafeguardKind.ON_SITE_INSPECTION,
                                SafeguardTerm.LONG_TERM,
                                CubaStance.ACCEPTED,
                                Set.of(),
                                null,
                                null,
                                site,
                                null)));
        Arbitrary<List<Fact>> para8 = Combinators.combine(early, early, early)
                .as((out, refused, bombers) -> List.<Fact>of(
                        new WeaponSystem(SystemKind.MRBM, SystemStatus.REMOVED, out, null),
                        new WeaponSystem(SystemKind.IRBM, SystemStatus.NEVER_DELIVERED, null, null),
                        new WeaponSystem(SystemKind.IL28_BOMBER, SystemStatus.REMOVED, bombers, null),
                        new Verification(
                                VerificationSubject.REMOVAL,
                                Verifier.UN,
                                true,
                                VerificationOutcome.REFUSED,
                                refused,
                                null)));
        Arbitrary<Fact> later = Arbitraries.frequencyOf(
                Tuple.of(8, laterIncident()),
                Tuple.of(2, weaponSystem()),
                Tuple.of(2, undertaking()),
                Tuple.of(1, safeguard()),
                Tuple.of(1, verification()),
                Tuple.of(1, usAction()));
        Arbitrary<LocalDate> asOf = Arbitraries.integers()
                .between(0, 200)
                .map(d -> LocalDate.of(1962, 11, 1).plusDays(d));
        return Combinators.combine(
                        Arbitraries.oneOf(para6, para8),
                        later.list().ofMinSize(1).ofMaxSize(6),
                        asOf)
                .as((base, more, day) -> {
                    List<Fact> all = new ArrayList<>(base);
                    all.addAll(more);
                    return new FactSet(day, consistent(all));
                });
    }

    /** Incidents after the removal, mostly the kinds that violate an assurance, and mostly confirmed. */
    static Arbitrary<Fact> laterIncident() {
        Arbitrary<LocalDate> when = Arbitraries.integers()
                .between(0, 200)
                .map(d -> LocalDate.of(1962, 11, 20).plusDays(d));
        Arbitrary<IncidentKind> kinds = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(IncidentKind.US_INVASION)),
                Tuple.of(2, Arbitraries.just(IncidentKind.INVASION_FROM_US_TERRITORY)),
                Tuple.of(2, Arbitraries.just(IncidentKind.INVASION_BY_AMERICAN_REPUBLIC)),
                Tuple.of(3, Arbitraries.of(IncidentKind.class)));
        return Combinators.combine(
                        kinds,
                        Arbitraries.frequencyOf(
                                Tuple.of(4, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false))),
                        when.injectNull(0.1))
                .as((k, confirmed, d) -> new Incident(k, confirmed, d, null));
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
