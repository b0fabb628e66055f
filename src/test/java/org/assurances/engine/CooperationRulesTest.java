package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assurances.engine.Fixtures.*;

import org.assurances.facts.CubaStance;
import org.assurances.facts.SafeguardKind;
import org.assurances.facts.SafeguardTerm;
import org.assurances.facts.VerificationOutcome;
import org.assurances.facts.Verifier;
import org.junit.jupiter.api.Test;

/** Castro's cooperation (paras 5, 8, 9) and its negation for para 8. */
class CooperationRulesTest {

    @Test
    void acceptingEvenAShortTermArrangementIsCooperation() {
        Report r = evaluate("1962-11-13", safeguard(SafeguardKind.UN_PRESENCE, SafeguardTerm.SHORT_TERM, CubaStance.ACCEPTED));
        assertThat(value(r, Clause.CASTRO_COOPERATES)).isEqualTo(Value.SATISFIED);
        assertThat(value(r, Clause.CASTRO_NOT_COOPERATING)).isEqualTo(Value.UNSATISFIED);
        assertThat(clause(r, Clause.CASTRO_NOT_COOPERATING).reason()).startsWith("superseded by the para 6 assurances");
    }

    @Test
    void allowingAnOnSiteVerificationIsCooperation() {
        Report r = evaluate("1962-11-13", verification(Verifier.UN, true, VerificationOutcome.INCOMPLETE));
        assertThat(value(r, Clause.CASTRO_COOPERATES)).isEqualTo(Value.SATISFIED);
    }

    @Test
    void refusingUnInspectionAndAcceptingNothingIsNotCooperating() {
        Report r = evaluate("1962-11-13", unRefused(), aerialConfirmed());
        assertThat(value(r, Clause.CASTRO_COOPERATES)).isEqualTo(Value.UNSATISFIED);
        assertThat(value(r, Clause.CASTRO_NOT_COOPERATING)).isEqualTo(Value.SATISFIED);
        assertThat(clause(r, Clause.CASTRO_COOPERATES).facts()).containsExactly(0);
    }

    @Test
    void aLaterAcceptanceReplacesAnEarlierRefusalOfTheSameArrangement() {
        var refused = new org.assurances.facts.Safeguard(SafeguardKind.ON_SITE_INSPECTION, SafeguardTerm.LONG_TERM,
                CubaStance.REFUSED, null, null, null, day("1962-11-01"), null);
        var accepted = new org.assurances.facts.Safeguard(SafeguardKind.ON_SITE_INSPECTION, SafeguardTerm.LONG_TERM,
                CubaStance.ACCEPTED, null, null, null, day("1962-11-10"), null);
        assertThat(value(evaluate("1962-11-05", refused, accepted), Clause.CASTRO_COOPERATES)).isEqualTo(Value.UNSATISFIED);
        assertThat(value(evaluate("1962-11-10", refused, accepted), Clause.CASTRO_COOPERATES)).isEqualTo(Value.SATISFIED);
    }

    @Test
    void withNoAnswerFromCubaCooperationIsUnknownNotFalse() {
        Report r = evaluate("1962-11-13", aerialConfirmed());
        assertThat(value(r, Clause.CASTRO_COOPERATES)).isEqualTo(Value.UNKNOWN);
        assertThat(value(r, Clause.CASTRO_NOT_COOPERATING)).isEqualTo(Value.UNKNOWN);
        assertThat(clause(r, Clause.CASTRO_COOPERATES).toSettle()).isNotEmpty();
    }
}
