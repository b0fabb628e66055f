package org.assurances.oracle;

import static org.assurances.rules.Value.SATISFIED;
import static org.assurances.rules.Value.UNKNOWN;
import static org.assurances.rules.Value.UNSATISFIED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assurances.facts.*;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.rules.Value;

/**
 * A plain-Java reading of shared/spec/assurances.md, third edition (with the readings listed in docs/rulebook.md),
 * written from the spec, not from the DRL: the correctness oracle for the rules and the speed floor for benchmarks.
 * Section 7 is read literally: the status on a day is a snapshot of the facts dated up to that day; since when an
 * assurance binds and whether it bound on the day before an incident are read off the snapshots of earlier days.
 */
public final class Oracle {
    /** A violation as spec 7.3 lists it: the incident's index and date, and the day the assurance had bound from. */
    public record Violation(Determination determination, int incident, LocalDate date, LocalDate boundFrom) {}

    public record Verdicts(
            Map<Condition, Value> conditions,
            Map<Determination, Status> statuses,
            Map<Determination, LocalDate> bindingSince,
            List<Violation> violations) {}

    static final LocalDate OAS_RESOLUTION = LocalDate.of(1962, 10, 23);
    static final LocalDate OFFER = LocalDate.of(1962, 10, 27);
    static final LocalDate NEW_TERMS = LocalDate.of(1962, 11, 12);
    static final LocalDate MEMO = LocalDate.of(1962, 11, 13);

    public Verdicts evaluate(FactSet set) {
        Snapshot today = new Snapshot(set.facts(), set.asOf());
        Map<Determination, LocalDate> since = new EnumMap<>(Determination.class);
        today.statuses.forEach((d, s) -> {
            if (s == Status.BINDING) {
                since.put(d, bindingSince(set.facts(), d, set.asOf()));
            }
        });
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < set.facts().size(); i++) {
            // An incident posted twice, identical, is one incident: its violation is listed once, at its first copy.
            if (set.facts().indexOf(set.facts().get(i)) != i) {
                continue;
            }
            if (set.facts().get(i) instanceof Incident x
                    && x.confirmed()
                    && x.date() != null
                    && !x.date().isAfter(set.asOf())) {
                LocalDate before = x.date().minusDays(1);
                Snapshot then = new Snapshot(set.facts(), before);
                for (Determination d : forbiddenBy(x.kind())) {
                    if (then.statuses.get(d) == Status.BINDING) {
                        violations.add(new Violation(d, i, x.date(), bindingSince(set.facts(), d, before)));
                    }
                }
            }
        }
        return new Verdicts(today.v, today.statuses, since, violations);
    }

    /** Spec 4 (2nd ed.): each invasion violates only the assurance whose words it breaks. */
    static List<Determination> forbiddenBy(IncidentKind kind) {
        return switch (kind) {
            case US_INVASION -> List.of(Determination.NON_INVASION, Determination.CONTINGENT_NON_INVASION);
            case INVASION_FROM_US_TERRITORY -> List.of(Determination.NO_SUPPORT_FOR_INVASION_BY_OTHERS);
            case INVASION_BY_AMERICAN_REPUBLIC -> List.of(Determination.OAS_PARALLEL_ASSURANCE);
            default -> List.of();
        };
    }

    /**
     * Spec 7.2: the first day of the unbroken run of binding days that ends on {@code day}. A status can change only
     * on a day a fact is dated, the day after a promised IL-28 deadline, or a day the spec names (23 Oct, 27 Oct, 12
     * and 13 Nov 1962): walk back over those days while the status stays binding.
     */
    static LocalDate bindingSince(List<Fact> facts, Determination d, LocalDate day) {
        TreeSet<LocalDate> changes = new TreeSet<>(List.of(OAS_RESOLUTION, OFFER, NEW_TERMS, MEMO));
        for (Fact f : facts) {
            if (f.date() != null) {
                changes.add(f.date());
            }
            if (f instanceof Undertaking u && u.deadline() != null) {
                changes.add(u.deadline().plusDays(1));
            }
        }
        LocalDate from = changes.floor(day) == null ? day : changes.floor(day);
        while (true) {
            LocalDate earlier = changes.lower(from);
            LocalDate dayBefore = from.minusDays(1);
            if (new Snapshot(facts, dayBefore).statuses.get(d) != Status.BINDING) {
                return from;
            }
            if (earlier == null) {
                return from; // binding before any day on which anything changed: from the first of them
            }
            from = earlier;
        }
    }

    /** Everything as of one day: the facts dated up to it, read as spec sections 3, 4 and 7 say. */
    static final class Snapshot {
        final LocalDate asOf;
        final List<WeaponSystem> systems = new ArrayList<>();
        final List<Verification> checks = new ArrayList<>();
        final List<Undertaking> promises = new ArrayList<>();
        final List<Safeguard> arrangements = new ArrayList<>();
        final List<Declaration> declarations = new ArrayList<>();
        final List<UsAction> actions = new ArrayList<>();
        final List<Incident> incidents = new ArrayList<>();
        final Map<Condition, Value> v = new EnumMap<>(Condition.class);
        final Map<Determination, Status> statuses = new EnumMap<>(Determination.class);

        Snapshot(List<Fact> facts, LocalDate asOf) {
            this.asOf = asOf;
            for (Fact f : facts) {
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
            decide();
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

        static boolean out(WeaponSystem w) {
            return w.status() == SystemStatus.REMOVED || w.status() == SystemStatus.NEVER_DELIVERED;
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
                        : reports.stream().allMatch(Snapshot::out) ? SATISFIED : UNSATISFIED;
            }
            return all(each);
        }

        boolean unreported() {
            return List.of(SystemKind.MRBM, SystemKind.IRBM, SystemKind.IL28_BOMBER).stream()
                    .anyMatch(k -> systems.stream().noneMatch(w -> w.system() == k));
        }

        void decide() {
            // spec principle 7: the latest word per (party, pledge) and per (kind, term)
            List<Undertaking> current = latest(promises, u -> List.of(u.party(), u.pledge()));
            List<Safeguard> stances = latest(arrangements, s -> List.of(s.kind(), s.term()));

            v.put(Condition.OFFENSIVE_OUT, out(SystemKind.MRBM, SystemKind.IRBM, SystemKind.IL28_BOMBER));
            v.put(Condition.MISSILES_OUT, out(SystemKind.MRBM, SystemKind.IRBM));
            v.put(Condition.BOMBERS_OUT, out(SystemKind.IL28_BOMBER));

            // spec 1.6: on offer from 27 Oct 1962; air surveillance rests on the OAS resolution of 23 Oct
            v.put(Condition.OFFERED, asOf.isBefore(OFFER) ? UNSATISFIED : SATISFIED);
            v.put(Condition.OAS_SURVEILLANCE_RESOLUTION, asOf.isBefore(OAS_RESOLUTION) ? UNSATISFIED : SATISFIED);

            // spec 3, 2nd ed.: only Cuba's consent counts: stances, on-site checks by the UN or OTHER, a refused UN
            // check
            boolean accepted = stances.stream().anyMatch(s -> s.cubaStance() == CubaStance.ACCEPTED)
                    || checks.stream().anyMatch(c -> c.onSite() && c.outcome() != VerificationOutcome.REFUSED);
            boolean refused = stances.stream().anyMatch(s -> s.cubaStance() == CubaStance.REFUSED)
                    || checks.stream()
                            .anyMatch(c -> c.outcome() == VerificationOutcome.REFUSED
                                    && (c.by() == Verifier.UN || c.onSite()));
            Value cooperates = accepted ? SATISFIED : refused ? UNSATISFIED : UNKNOWN;
            v.put(Condition.CASTRO_COOPERATES, cooperates);
            v.put(
                    Condition.CASTRO_NOT_COOPERATING,
                    cooperates == UNKNOWN ? UNKNOWN : cooperates == SATISFIED ? UNSATISFIED : SATISFIED);

            // spec 7.6: a verification verifies what had left by its day
            LocalDate removal = removalDay();
            v.put(Condition.UN_VERIFICATION, unVerification(removal));
            v.put(
                    Condition.REMOVAL_VERIFIED_BY_UN,
                    all(v.get(Condition.OFFENSIVE_OUT), v.get(Condition.UN_VERIFICATION)));

            // spec 7.5, 7.7: a party's word against reintroduction, into Cuba or the whole Hemisphere
            for (Party p : Party.values()) {
                List<Undertaking> latestWords = current.stream()
                        .filter(u -> u.party() == p && againstReintroduction(u))
                        .toList();
                Value given = found(latestWords, u -> u.status() == UndertakingStatus.GIVEN);
                v.put(p == Party.USSR ? Condition.SOVIET_UNDERTAKING : Condition.CUBAN_UNDERTAKING, given);
                if (p == Party.USSR) {
                    v.put(
                            Condition.SOVIET_PUBLIC_UNDERTAKING,
                            latestWords.isEmpty()
                                    ? UNKNOWN
                                    : standingGiven(p).stream()
                                                    .anyMatch(u -> u.form() != UndertakingForm.PRIVATE_LETTER)
                                            ? SATISFIED
                                            : UNSATISFIED);
                }
            }
            v.put(Condition.UNDERTAKINGS, all(v.get(Condition.SOVIET_UNDERTAKING), v.get(Condition.CUBAN_UNDERTAKING)));
            v.put(Condition.CUBA_ACCEPTS_INSPECTION, inspection(stances));
            v.put(
                    Condition.SAFEGUARDS,
                    all(v.get(Condition.SOVIET_PUBLIC_UNDERTAKING), v.get(Condition.CUBA_ACCEPTS_INSPECTION)));

            List<Undertaking> il28 = current.stream()
                    .filter(u -> u.pledge() == Pledge.REMOVE_IL28)
                    .toList();
            v.put(
                    Condition.IL28_PROMISE,
                    found(il28, u -> u.status() == UndertakingStatus.GIVEN && u.withinDays() <= 30));
            boolean passed =
                    il28.stream().anyMatch(u -> u.status() == UndertakingStatus.GIVEN && asOf.isAfter(u.deadline()));
            Value bombers = v.get(Condition.BOMBERS_OUT);
            v.put(Condition.IL28_DEADLINE_KEPT, passed && bombers != SATISFIED ? bombers : SATISFIED);

            // spec 7.4: weapons look forward from the removal day, conduct from the day first on offer
            v.put(Condition.NO_REINTRODUCTION, reintroduction(removal));
            v.put(Condition.NO_CUBAN_AGGRESSION, aggression(OFFER));
            v.put(Condition.NO_AGGRESSIVE_ACTIONS, aggression(MEMO));
            v.put(
                    Condition.OAS_RESOLUTION,
                    declarations.stream()
                                    .anyMatch(d -> d.by() == Declarant.OAS
                                            && d.form() == DeclarationForm.OAS_RESOLUTION
                                            && d.assurance() == AssuranceId.OAS_PARALLEL_ASSURANCE)
                            ? SATISFIED
                            : UNSATISFIED);
            v.put(Condition.NO_OFFENSIVE_BASE, all(v.get(Condition.OFFENSIVE_OUT), v.get(Condition.NO_REINTRODUCTION)));
            v.put(Condition.NUCLEAR_WAR_PREVENTED, v.get(Condition.MISSILES_OUT));
            v.put(Condition.QUARANTINE_LIFTED, quarantineLifted());

            Map<Determination, List<Condition>> needs = new EnumMap<>(Determination.class);
            if (asOf.isBefore(NEW_TERMS)) {
                // spec 4, 2nd ed.: para 1's verification is the UN's
                v.put(
                        Condition.REMOVAL_VERIFIED,
                        all(v.get(Condition.OFFENSIVE_OUT), v.get(Condition.UN_VERIFICATION)));
                v.put(
                        Condition.SAFEGUARDED_PROMISE,
                        all(v.get(Condition.SOVIET_UNDERTAKING), v.get(Condition.SAFEGUARDS)));
                needs.put(
                        Determination.QUARANTINE_LIFT,
                        List.of(
                                Condition.OFFERED,
                                Condition.REMOVAL_VERIFIED,
                                Condition.SAFEGUARDED_PROMISE,
                                Condition.IL28_DEADLINE_KEPT));
            } else {
                v.put(Condition.BOMBER_TERM, any(v.get(Condition.BOMBERS_OUT), v.get(Condition.IL28_PROMISE)));
                needs.put(
                        Determination.QUARANTINE_LIFT,
                        List.of(Condition.MISSILES_OUT, Condition.BOMBER_TERM, Condition.IL28_DEADLINE_KEPT));
            }
            List<Condition> para7 = List.of(
                    Condition.OFFERED,
                    Condition.REMOVAL_VERIFIED_BY_UN,
                    Condition.UNDERTAKINGS,
                    Condition.SAFEGUARDS,
                    Condition.NO_REINTRODUCTION,
                    Condition.NO_CUBAN_AGGRESSION);
            needs.put(Determination.NON_INVASION, para7);
            needs.put(Determination.NO_SUPPORT_FOR_INVASION_BY_OTHERS, para7);
            List<Condition> oas = new ArrayList<>(para7);
            oas.add(Condition.OAS_RESOLUTION);
            needs.put(Determination.OAS_PARALLEL_ASSURANCE, oas);
            needs.put(
                    Determination.CONTINGENT_NON_INVASION,
                    List.of(
                            Condition.OFFERED,
                            Condition.CASTRO_NOT_COOPERATING,
                            Condition.NO_OFFENSIVE_BASE,
                            Condition.NO_AGGRESSIVE_ACTIONS));
            needs.put(Determination.AIR_SURVEILLANCE, List.of(Condition.OAS_SURVEILLANCE_RESOLUTION));

            needs.forEach((d, clauses) -> statuses.put(d, status(clauses)));
            Status a = statuses.get(Determination.NON_INVASION);
            Status b = statuses.get(Determination.CONTINGENT_NON_INVASION);
            v.put(
                    Condition.CONTINGENT_PLEDGE,
                    a == Status.BINDING || b == Status.BINDING
                            ? SATISFIED
                            : a == Status.NOT_BINDING && b == Status.NOT_BINDING ? UNSATISFIED : UNKNOWN);
            // spec 4, 2nd ed.: the ledger "whether or not" Castro cooperates
            statuses.put(
                    Determination.OUTCOME,
                    status(List.of(
                            Condition.OFFERED,
                            Condition.NUCLEAR_WAR_PREVENTED,
                            Condition.QUARANTINE_LIFTED,
                            Condition.CONTINGENT_PLEDGE,
                            Condition.OFFENSIVE_OUT)));
        }

        /** Spec 7.5: the given pledges of {@code party} against reintroduction not withdrawn by a later word. */
        List<Undertaking> standingGiven(Party party) {
            return promises.stream()
                    .filter(u ->
                            u.party() == party && againstReintroduction(u) && u.status() == UndertakingStatus.GIVEN)
                    .filter(g -> promises.stream()
                            .noneMatch(w -> w.party() == g.party()
                                    && w.pledge() == g.pledge()
                                    && w.status() != UndertakingStatus.GIVEN
                                    && w.laterThan(g)))
                    .toList();
        }

        /** Spec 7.6: only checks on or after the removal day count; undated UN ones with a dated removal: unknown. */
        Value unVerification(LocalDate removal) {
            if (removal == null) {
                return UNKNOWN;
            }
            List<Verification> after = checks.stream()
                    .filter(c -> !c.effective().isBefore(removal))
                    .toList();
            if (after.stream().anyMatch(c -> c.by() == Verifier.UN && c.outcome() == VerificationOutcome.CONFIRMED)) {
                return SATISFIED;
            }
            boolean undatedUn = !removal.equals(LocalDate.MIN)
                    && checks.stream()
                            .anyMatch(c -> c.date() == null
                                    && c.by() == Verifier.UN
                                    && c.outcome() == VerificationOutcome.CONFIRMED);
            if (undatedUn) {
                return UNKNOWN;
            }
            return after.isEmpty() ? UNKNOWN : UNSATISFIED;
        }

        /** Spec 7.8: only a refusal (with nothing accepted), or only disqualified acceptances, fail (4b). */
        static Value inspection(List<Safeguard> stances) {
            List<Safeguard> longTerm = stances.stream()
                    .filter(s -> s.term() == SafeguardTerm.LONG_TERM)
                    .toList();
            List<Safeguard> accepted = longTerm.stream()
                    .filter(s -> s.cubaStance() == CubaStance.ACCEPTED)
                    .toList();
            boolean meets = accepted.stream()
                    .anyMatch(s -> s.features().isEmpty()
                            && (s.kind() == SafeguardKind.ON_SITE_INSPECTION
                                    || s.kind() == SafeguardKind.UN_PRESENCE
                                    || s.kind() == SafeguardKind.DENUCLEARIZED_ZONE
                                    || s.kind() == SafeguardKind.OTHER && Boolean.TRUE.equals(s.judgedSatisfactory())));
            if (meets) {
                return SATISFIED;
            }
            if (accepted.isEmpty()) {
                return longTerm.isEmpty() ? UNKNOWN : UNSATISFIED;
            }
            return accepted.stream().allMatch(s -> !s.features().isEmpty()) ? UNSATISFIED : UNKNOWN;
        }

        /** Spec 7.9: what the US did is open world: nothing on record about the quarantine leaves it unknown. */
        Value quarantineLifted() {
            List<UsAction> quarantine = actions.stream()
                    .filter(a -> a.action() != UsActionKind.AIR_SURVEILLANCE)
                    .toList();
            if (quarantine.isEmpty()) {
                return UNKNOWN;
            }
            boolean lifted = quarantine.stream()
                    .anyMatch(l -> l.action() == UsActionKind.QUARANTINE_LIFTED
                            && quarantine.stream()
                                    .noneMatch(i -> i.action() == UsActionKind.QUARANTINE_IMPOSED && i.laterThan(l)));
            return lifted ? SATISFIED : UNSATISFIED;
        }

        /** The first day on which each offensive system had been reported out at least once; null if one never was. */
        LocalDate removalDay() {
            LocalDate day = LocalDate.MIN;
            for (SystemKind k : List.of(SystemKind.MRBM, SystemKind.IRBM, SystemKind.IL28_BOMBER)) {
                LocalDate first = systems.stream()
                        .filter(w -> w.system() == k && out(w))
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

        /** Spec 7.4: a weapons incident after the removal breaks it; with a system never reported on, it is unknown. */
        Value reintroduction(LocalDate removal) {
            List<Incident> confirmed = incidents.stream()
                    .filter(i -> i.confirmed()
                            && (i.kind() == IncidentKind.REINTRODUCTION_OF_OFFENSIVE_WEAPONS
                                    || i.kind() == IncidentKind.OFFENSIVE_BASE_ESTABLISHED))
                    .toList();
            if (removal != null) {
                return confirmed.stream()
                                .anyMatch(i -> i.date() == null || i.date().isAfter(removal))
                        ? UNSATISFIED
                        : SATISFIED;
            }
            return !confirmed.isEmpty() && unreported() ? UNKNOWN : SATISFIED;
        }

        /** Spec 7.4: a confirmed aggression on or after {@code from} (or undated) breaks the condition. */
        Value aggression(LocalDate from) {
            return incidents.stream()
                            .anyMatch(i -> i.confirmed()
                                    && i.kind() == IncidentKind.CUBAN_AGGRESSION_IN_HEMISPHERE
                                    && (i.date() == null || !i.date().isBefore(from)))
                    ? UNSATISFIED
                    : SATISFIED;
        }

        Status status(List<Condition> clauses) {
            Value value = all(clauses.stream().map(v::get).toArray(Value[]::new));
            return value == SATISFIED
                    ? Status.BINDING
                    : value == UNSATISFIED ? Status.NOT_BINDING : Status.UNDETERMINED;
        }

        static boolean againstReintroduction(Undertaking u) {
            return u.pledge() == Pledge.NO_REINTRODUCTION_INTO_CUBA
                    || u.pledge() == Pledge.NO_OFFENSIVE_WEAPONS_INTO_HEMISPHERE;
        }
    }
}
