package org.assurances.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assurances.facts.*;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.rules.Value;

/** Readable builders for fact sets; one evaluator shared by every rule test (compiling the rules takes seconds). */
final class Fixtures {
    static final Evaluator EVALUATOR = new Evaluator();

    private Fixtures() {}

    static Report evaluate(String asOf, Object... facts) {
        List<Fact> all = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof Fact fact) {
                all.add(fact);
            } else {
                for (Object one : (List<?>) f) {
                    all.add((Fact) one);
                }
            }
        }
        return EVALUATOR.evaluate(new FactSet(LocalDate.parse(asOf), all));
    }

    static LocalDate day(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    static WeaponSystem system(SystemKind kind, SystemStatus status) {
        return new WeaponSystem(kind, status, null, null);
    }

    static WeaponSystem system(SystemKind kind, SystemStatus status, String date) {
        return new WeaponSystem(kind, status, day(date), null);
    }

    /** MRBMs removed, IRBMs never delivered, IL-28s removed: everything offensive out. */
    static List<Fact> allOut() {
        return List.of(
                system(SystemKind.MRBM, SystemStatus.REMOVED),
                system(SystemKind.IRBM, SystemStatus.NEVER_DELIVERED),
                system(SystemKind.IL28_BOMBER, SystemStatus.REMOVED));
    }

    static List<Fact> missilesOut() {
        return List.of(
                system(SystemKind.MRBM, SystemStatus.REMOVED), system(SystemKind.IRBM, SystemStatus.NEVER_DELIVERED));
    }

    static Verification verification(Verifier by, boolean onSite, VerificationOutcome outcome) {
        return new Verification(VerificationSubject.REMOVAL, by, onSite, outcome, null, null);
    }

    static Verification unConfirmed() {
        return verification(Verifier.UN, true, VerificationOutcome.CONFIRMED);
    }

    static Verification unRefused() {
        return verification(Verifier.UN, true, VerificationOutcome.REFUSED);
    }

    static Verification aerialConfirmed() {
        return verification(Verifier.US_AERIAL_SURVEILLANCE, false, VerificationOutcome.CONFIRMED);
    }

    static Undertaking promise(Party party, Pledge pledge, UndertakingForm form, UndertakingStatus status) {
        return new Undertaking(party, pledge, form, status, null, null, null);
    }

    static Undertaking sovietPublicPromise() {
        return promise(
                Party.USSR,
                Pledge.NO_OFFENSIVE_WEAPONS_INTO_HEMISPHERE,
                UndertakingForm.UN_SECURITY_COUNCIL_STATEMENT,
                UndertakingStatus.GIVEN);
    }

    static Undertaking cubanPromise() {
        return promise(
                Party.CUBA,
                Pledge.NO_REINTRODUCTION_INTO_CUBA,
                UndertakingForm.PUBLIC_STATEMENT,
                UndertakingStatus.GIVEN);
    }

    static Undertaking il28Promise(String date, int days) {
        return new Undertaking(
                Party.USSR,
                Pledge.REMOVE_IL28,
                UndertakingForm.PRIVATE_LETTER,
                UndertakingStatus.GIVEN,
                days,
                day(date),
                null);
    }

    static Safeguard safeguard(
            SafeguardKind kind, SafeguardTerm term, CubaStance stance, SafeguardFeature... features) {
        return new Safeguard(
                kind,
                term,
                stance,
                Set.of(features),
                null,
                kind == SafeguardKind.OTHER ? Boolean.TRUE : null,
                null,
                null);
    }

    static Safeguard longTermInspectionAccepted() {
        return safeguard(SafeguardKind.ON_SITE_INSPECTION, SafeguardTerm.LONG_TERM, CubaStance.ACCEPTED);
    }

    static Declaration declaration(AssuranceId assurance, Declarant by, DeclarationForm form) {
        return new Declaration(assurance, by, form, null, null);
    }

    static Incident incident(IncidentKind kind, boolean confirmed) {
        return new Incident(kind, confirmed, null, null);
    }

    static UsAction action(UsActionKind kind, String date) {
        return new UsAction(kind, day(date), null);
    }

    /**
     * Everything para 7 asks for: removal verified by the UN, both undertakings, public Soviet promise, long-term
     * inspection.
     */
    static List<Fact> para7Met() {
        List<Fact> facts = new ArrayList<>(allOut());
        facts.addAll(Arrays.asList(unConfirmed(), sovietPublicPromise(), cubanPromise(), longTermInspectionAccepted()));
        return facts;
    }

    static Report.ConditionReport clause(Report report, Condition clause) {
        return report.conditions().stream()
                .filter(c -> c.id() == clause)
                .findFirst()
                .orElseThrow();
    }

    static Value value(Report report, Condition clause) {
        return clause(report, clause).value();
    }

    static Status status(Report report, Determination determination) {
        return report.determination(determination).status();
    }
}
