package org.assurances.oracle;

import static org.assurances.engine.Value.SATISFIED;
import static org.assurances.engine.Value.UNKNOWN;
import static org.assurances.engine.Value.UNSATISFIED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assurances.engine.Clause;
import org.assurances.engine.Determination;
import org.assurances.engine.Status;
import org.assurances.engine.Value;
import org.assurances.facts.*;

/**
 * A plain-Java reading of shared/spec/assurances.md, second edition (with the readings listed in the README),
 * written from the spec, not from the DRL: the correctness oracle for the rules and the speed floor for benchmarks.
 */
public final class Oracle {
    public record Verdicts(Map<Clause, Value> clauses, Map<Determination, Status> statuses) {}

    public Verdicts evaluate(FactSet set) {
        return new Run(set).verdicts();
    }

    private static final class Run {
        final LocalDate asOf;
        final List<WeaponSystem> systems = new ArrayList<>();
        final List<Verification> checks = new ArrayList<>();
        final List<Undertaking> promises = new ArrayList<>();
        final List<Safeguard> arrangements = new ArrayList<>();
        final List<Declaration> declarations = new ArrayList<>();
        final List<UsAction> actions = new ArrayList<>();
        final List<Incident> incidents = new ArrayList<>();
        final Map<Clause, Value> v = new EnumMap<>(Clause.class);

        Run(FactSet set) {
            asOf = set.asOf();
            for (Fact f : set.facts()) {
                if (f.date() != null && f.date().isAfter(asOf)) {
                    continue;
                }
                if (f instanceof WeaponSystem x) systems.add(x);
                else if (f instanceof Verification x) checks.add(x);
                else if (f instanceof Undertaking x) promises.add(x);
                else if (f instanceof Safeguard x) arrangements.add(x);
                else if (f instanceof Declaration x) declarations.add(x);
                else if (f instanceof UsAction x) actions.add(x);
                else if (f instanceof Incident x) incidents.add(x);
            }
        }

        /** Facts not superseded by a later one with the same key. */
        static <T extends Fact> List<T> latest(List<T> facts, Function<T, Object> key) {
            Map<Object, LocalDate> newest = new LinkedHashMap<>();
            for (T f : facts) {
                newest.merge(key.apply(f), f.effective(), (a, b) -> a.isAfter(b) ? a : b);
            }
            return facts.stream()
                    .filter(f -> f.effective().equals(newest.get(key.apply(f))))
                    .toList();
        }

        static Value all(Value... parts) {
            boolean unknown = false;
            for (Value p : parts) {
                if (p == UNSATISFIED) return UNSATISFIED;
                unknown |= p == UNKNOWN;
            }
            return unknown ? UNKNOWN : SATISFIED;
        }

        static Value any(Value... parts) {
            boolean unknown = false;
            for (Value p : parts) {
                if (p == SATISFIED) return SATISFIED;
                unknown |= p == UNKNOWN;
            }
            return unknown ? UNKNOWN : UNSATISFIED;
        }

        static <T> Value found(List<T> candidates, Predicate<T> holds) {
            if (candidates.stream().anyMatch(holds)) return SATISFIED;
            return candidates.isEmpty() ? UNKNOWN : UNSATISFIED;
        }

        Value out(SystemKind... kinds) {
            List<WeaponSystem> current = latest(systems, WeaponSystem::system);
            Value[] each = new Value[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                SystemKind k = kinds[i];
                List<WeaponSystem> reports =
                        current.stream().filter(w -> w.system() == k).toList();
                each[i] = reports.isEmpty()
                        ? UNKNOWN
                        : reports.stream()
                                        .allMatch(w -> w.status() == SystemStatus.REMOVED
                                                || w.status() == SystemStatus.NEVER_DELIVERED)
                                ? SATISFIED
                                : UNSATISFIED;
            }
            return all(each);
        }

        Verdicts verdicts() {
            // spec principle 7: the latest word per (party, pledge) and per (kind, term)
            List<Undertaking> current = latest(promises, u -> List.of(u.party(), u.pledge()));
            List<Safeguard> stances = latest(arrangements, s -> List.of(s.kind(), s.term()));

            v.put(Clause.OFFENSIVE_OUT, out(SystemKind.MRBM, SystemKind.IRBM, SystemKind.IL28_BOMBER));
            v.put(Clause.MISSILES_OUT, out(SystemKind.MRBM, SystemKind.IRBM));
            v.put(Clause.BOMBERS_OUT, out(SystemKind.IL28_BOMBER));

            // spec 1.6: on offer from 27 Oct 1962; air surveillance rests on the OAS resolution of 23 Oct
            v.put(Clause.OFFERED, asOf.isBefore(LocalDate.of(1962, 10, 27)) ? UNSATISFIED : SATISFIED);
            v.put(
                    Clause.OAS_SURVEILLANCE_RESOLUTION,
                    asOf.isBefore(LocalDate.of(1962, 10, 23)) ? UNSATISFIED : SATISFIED);

            // spec 3, 2nd ed.: only Cuba's consent counts: stances, on-site checks by the UN or OTHER, a refused UN
            // check
            boolean accepted = stances.stream().anyMatch(s -> s.cubaStance() == CubaStance.ACCEPTED)
                    || checks.stream().anyMatch(c -> c.onSite() && c.outcome() != VerificationOutcome.REFUSED);
            boolean refused = stances.stream().anyMatch(s -> s.cubaStance() == CubaStance.REFUSED)
                    || checks.stream()
                            .anyMatch(c -> c.outcome() == VerificationOutcome.REFUSED
                                    && (c.by() == Verifier.UN || c.onSite()));
            Value cooperates = accepted ? SATISFIED : refused ? UNSATISFIED : UNKNOWN;
            v.put(Clause.CASTRO_COOPERATES, cooperates);
            v.put(
                    Clause.CASTRO_NOT_COOPERATING,
                    cooperates == UNKNOWN ? UNKNOWN : cooperates == SATISFIED ? UNSATISFIED : SATISFIED);

            v.put(
                    Clause.UN_VERIFICATION,
                    found(checks, c -> c.outcome() == VerificationOutcome.CONFIRMED && c.by() == Verifier.UN));
            v.put(Clause.REMOVAL_VERIFIED_BY_UN, all(v.get(Clause.OFFENSIVE_OUT), v.get(Clause.UN_VERIFICATION)));

            for (Party p : Party.values()) {
                List<Undertaking> mine = current.stream()
                        .filter(u -> u.party() == p && againstReintroduction(u))
                        .toList();
                v.put(
                        p == Party.USSR ? Clause.SOVIET_UNDERTAKING : Clause.CUBAN_UNDERTAKING,
                        found(mine, u -> u.status() == UndertakingStatus.GIVEN));
            }
            v.put(Clause.UNDERTAKINGS, all(v.get(Clause.SOVIET_UNDERTAKING), v.get(Clause.CUBAN_UNDERTAKING)));
            v.put(
                    Clause.SOVIET_PUBLIC_UNDERTAKING,
                    found(
                            current.stream()
                                    .filter(u -> u.party() == Party.USSR && againstReintroduction(u))
                                    .toList(),
                            u -> u.status() == UndertakingStatus.GIVEN && u.form() != UndertakingForm.PRIVATE_LETTER));
            // (4b), 2nd ed.: only long-term arrangements decide it
            List<Safeguard> longTerm = stances.stream()
                    .filter(s -> s.term() == SafeguardTerm.LONG_TERM)
                    .toList();
            v.put(
                    Clause.CUBA_ACCEPTS_INSPECTION,
                    found(
                            longTerm,
                            s -> s.cubaStance() == CubaStance.ACCEPTED
                                    && s.features().isEmpty()
                                    && (s.kind() == SafeguardKind.ON_SITE_INSPECTION
                                            || s.kind() == SafeguardKind.UN_PRESENCE
                                            || s.kind() == SafeguardKind.DENUCLEARIZED_ZONE
                                            || s.kind() == SafeguardKind.OTHER
                                                    && Boolean.TRUE.equals(s.judgedSatisfactory()))));
            v.put(
                    Clause.SAFEGUARDS,
                    all(v.get(Clause.SOVIET_PUBLIC_UNDERTAKING), v.get(Clause.CUBA_ACCEPTS_INSPECTION)));

            List<Undertaking> il28 = current.stream()
                    .filter(u -> u.pledge() == Pledge.REMOVE_IL28)
                    .toList();
            v.put(Clause.IL28_PROMISE, found(il28, u -> u.status() == UndertakingStatus.GIVEN && u.withinDays() <= 30));
            boolean passed =
                    il28.stream().anyMatch(u -> u.status() == UndertakingStatus.GIVEN && asOf.isAfter(u.deadline()));
            Value bombers = v.get(Clause.BOMBERS_OUT);
            v.put(Clause.IL28_DEADLINE_KEPT, passed && bombers != SATISFIED ? bombers : SATISFIED);

            // spec 1.3, 2nd ed.: incidents count only after the day every offensive system was first out
            LocalDate removal = removalDay();
            v.put(
                    Clause.NO_REINTRODUCTION,
                    broken(
                            removal,
                            IncidentKind.REINTRODUCTION_OF_OFFENSIVE_WEAPONS,
                            IncidentKind.OFFENSIVE_BASE_ESTABLISHED));
            v.put(Clause.NO_CUBAN_AGGRESSION, broken(removal, IncidentKind.CUBAN_AGGRESSION_IN_HEMISPHERE));
            v.put(
                    Clause.OAS_RESOLUTION,
                    declarations.stream()
                                    .anyMatch(d -> d.by() == Declarant.OAS
                                            && d.form() == DeclarationForm.OAS_RESOLUTION
                                            && d.assurance() == AssuranceId.OAS_PARALLEL_ASSURANCE)
                            ? SATISFIED
                            : UNSATISFIED);
            v.put(Clause.NO_OFFENSIVE_BASE, all(v.get(Clause.OFFENSIVE_OUT), v.get(Clause.NO_REINTRODUCTION)));
            v.put(Clause.NUCLEAR_WAR_PREVENTED, v.get(Clause.MISSILES_OUT));
            boolean lifted = actions.stream()
                    .anyMatch(l -> l.action() == UsActionKind.QUARANTINE_LIFTED
                            && actions.stream()
                                    .noneMatch(i -> i.action() == UsActionKind.QUARANTINE_IMPOSED && i.laterThan(l)));
            v.put(Clause.QUARANTINE_LIFTED, lifted ? SATISFIED : UNSATISFIED);

            Map<Determination, List<Clause>> needs = new EnumMap<>(Determination.class);
            if (asOf.isBefore(LocalDate.of(1962, 11, 12))) {
                // spec 4, 2nd ed.: para 1's verification is the UN's
                v.put(Clause.REMOVAL_VERIFIED, all(v.get(Clause.OFFENSIVE_OUT), v.get(Clause.UN_VERIFICATION)));
                v.put(Clause.SAFEGUARDED_PROMISE, all(v.get(Clause.SOVIET_UNDERTAKING), v.get(Clause.SAFEGUARDS)));
                needs.put(
                        Determination.QUARANTINE_LIFT,
                        List.of(
                                Clause.OFFERED,
                                Clause.REMOVAL_VERIFIED,
                                Clause.SAFEGUARDED_PROMISE,
                                Clause.IL28_DEADLINE_KEPT));
            } else {
                v.put(Clause.BOMBER_TERM, any(v.get(Clause.BOMBERS_OUT), v.get(Clause.IL28_PROMISE)));
                needs.put(
                        Determination.QUARANTINE_LIFT,
                        List.of(Clause.MISSILES_OUT, Clause.BOMBER_TERM, Clause.IL28_DEADLINE_KEPT));
            }
            List<Clause> para7 = List.of(
                    Clause.OFFERED,
                    Clause.REMOVAL_VERIFIED_BY_UN,
                    Clause.UNDERTAKINGS,
                    Clause.SAFEGUARDS,
                    Clause.NO_REINTRODUCTION,
                    Clause.NO_CUBAN_AGGRESSION);
            needs.put(Determination.NON_INVASION, para7);
            needs.put(Determination.NO_SUPPORT_FOR_INVASION_BY_OTHERS, para7);
            List<Clause> oas = new ArrayList<>(para7);
            oas.add(Clause.OAS_RESOLUTION);
            needs.put(Determination.OAS_PARALLEL_ASSURANCE, oas);
            needs.put(
                    Determination.CONTINGENT_NON_INVASION,
                    List.of(
                            Clause.OFFERED,
                            Clause.CASTRO_NOT_COOPERATING,
                            Clause.NO_OFFENSIVE_BASE,
                            Clause.NO_CUBAN_AGGRESSION));
            needs.put(Determination.AIR_SURVEILLANCE, List.of(Clause.OAS_SURVEILLANCE_RESOLUTION));

            Map<Determination, Status> statuses = new EnumMap<>(Determination.class);
            needs.forEach((d, clauses) -> statuses.put(d, status(clauses)));
            Status a = statuses.get(Determination.NON_INVASION);
            Status b = statuses.get(Determination.CONTINGENT_NON_INVASION);
            v.put(
                    Clause.CONTINGENT_PLEDGE,
                    a == Status.BINDING || b == Status.BINDING
                            ? SATISFIED
                            : a == Status.NOT_BINDING && b == Status.NOT_BINDING ? UNSATISFIED : UNKNOWN);
            // spec 4, 2nd ed.: the ledger "whether or not" Castro cooperates
            statuses.put(
                    Determination.OUTCOME,
                    status(List.of(
                            Clause.OFFERED,
                            Clause.NUCLEAR_WAR_PREVENTED,
                            Clause.QUARANTINE_LIFTED,
                            Clause.CONTINGENT_PLEDGE,
                            Clause.OFFENSIVE_OUT)));
            return new Verdicts(v, statuses);
        }

        /** The first day on which each offensive system had been reported out at least once; null if one never was. */
        LocalDate removalDay() {
            LocalDate day = LocalDate.MIN;
            for (SystemKind k : List.of(SystemKind.MRBM, SystemKind.IRBM, SystemKind.IL28_BOMBER)) {
                LocalDate first = systems.stream()
                        .filter(w -> w.system() == k
                                && (w.status() == SystemStatus.REMOVED || w.status() == SystemStatus.NEVER_DELIVERED))
                        .map(Fact::effective)
                        .min(LocalDate::compareTo)
                        .orElse(null);
                if (first == null) {
                    return null;
                }
                day = first.isAfter(day) ? first : day;
            }
            return day;
        }

        Value broken(LocalDate removal, IncidentKind... kinds) {
            List<IncidentKind> breaking = List.of(kinds);
            return removal != null
                            && incidents.stream()
                                    .anyMatch(i -> i.confirmed()
                                            && breaking.contains(i.kind())
                                            && (i.date() == null || i.date().isAfter(removal)))
                    ? UNSATISFIED
                    : SATISFIED;
        }

        Status status(List<Clause> clauses) {
            Value value = all(clauses.stream().map(v::get).toArray(Value[]::new));
            return value == SATISFIED
                    ? Status.BINDING
                    : value == UNSATISFIED ? Status.NOT_BINDING : Status.UNDETERMINED;
        }

        static boolean againstReintroduction(Undertaking u) {
            return u.pledge() == Pledge.NO_REINTRODUCTION_INTO_CUBA
                    || u.party() == Party.USSR && u.pledge() == Pledge.NO_OFFENSIVE_WEAPONS_INTO_HEMISPHERE;
        }
    }
}
