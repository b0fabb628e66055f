package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assurances.engine.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.assurances.facts.*;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Para 7 (a), (b), (c) with paras 4 and 5. */
class Para7RulesTest {

    static List<Object> para7MetWithout(Object dropped, Object... added) {
        List<Object> facts = new ArrayList<>(para7Met());
        facts.remove(dropped);
        facts.addAll(List.of(added));
        return facts;
    }

    @Test
    void eachParaSevenConditionCitesItsOwnSubparagraph() {
        Report r = evaluate("1963-01-07", para7Met());
        assertThat(clause(r, Clause.REMOVAL_VERIFIED_BY_UN).citation()).isEqualTo("ASSURANCES-1962-11-13 para 7(a)");
        assertThat(clause(r, Clause.UNDERTAKINGS).citation()).isEqualTo("ASSURANCES-1962-11-13 para 7(b)");
        assertThat(clause(r, Clause.SAFEGUARDS).citation()).startsWith("ASSURANCES-1962-11-13 paras 7(c)");
    }

    @Nested
    class RemovalVerifiedByTheUn {
        @Test
        void aConfirmedUnVerificationOfACompleteRemovalSatisfiesIt() {
            assertThat(value(evaluate("1963-01-07", para7Met()), Clause.REMOVAL_VERIFIED_BY_UN)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void verificationByUsMeansOnlyLeavesItUnsatisfiedAndSaysSo() {
            Report r = evaluate("1963-01-07", allOut(), aerialConfirmed(),
                    verification(Verifier.AT_SEA_INSPECTION, false, VerificationOutcome.CONFIRMED));
            assertThat(value(r, Clause.REMOVAL_VERIFIED_BY_UN)).isEqualTo(Value.UNSATISFIED);
            assertThat(clause(r, Clause.UN_VERIFICATION).reason()).contains("only by means other than the UN");
        }

        @Test
        void aRefusedUnVerificationLeavesItUnsatisfied() {
            Report r = evaluate("1963-01-07", allOut(), unRefused());
            assertThat(clause(r, Clause.UN_VERIFICATION).reason()).contains("UN verification was refused");
            assertThat(value(r, Clause.REMOVAL_VERIFIED_BY_UN)).isEqualTo(Value.UNSATISFIED);
        }

        @Test
        void noVerificationOnRecordLeavesItUnknown() {
            assertThat(value(evaluate("1963-01-07", allOut()), Clause.REMOVAL_VERIFIED_BY_UN)).isEqualTo(Value.UNKNOWN);
        }
    }

    @Nested
    class Undertakings {
        @Test
        void promisesByBothPartiesSatisfyIt() {
            assertThat(value(evaluate("1963-01-07", sovietPublicPromise(), cubanPromise()), Clause.UNDERTAKINGS))
                    .isEqualTo(Value.SATISFIED);
        }

        @Test
        void aCubanRefusalFailsIt() {
            Report r = evaluate("1963-01-07", sovietPublicPromise(),
                    promise(Party.CUBA, Pledge.NO_REINTRODUCTION_INTO_CUBA, null, UndertakingStatus.REFUSED));
            assertThat(value(r, Clause.UNDERTAKINGS)).isEqualTo(Value.UNSATISFIED);
            assertThat(clause(r, Clause.UNDERTAKINGS).facts()).containsExactly(1);
        }

        @Test
        void noCubanUndertakingOnRecordLeavesItUnknown() {
            Report r = evaluate("1963-01-07", sovietPublicPromise());
            assertThat(value(r, Clause.UNDERTAKINGS)).isEqualTo(Value.UNKNOWN);
            assertThat(clause(r, Clause.UNDERTAKINGS).toSettle())
                    .containsExactly("an undertaking fact by CUBA with pledge NO_REINTRODUCTION_INTO_CUBA");
        }
    }

    @Nested
    class Safeguards {
        @Test
        void aPublicSovietPromiseAndAcceptedLongTermInspectionSatisfyIt() {
            assertThat(value(evaluate("1963-01-07", para7Met()), Clause.SAFEGUARDS)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void aSovietPromiseOnlyInAPrivateLetterIsNotFirmAndPublic() {
            Undertaking letter = promise(Party.USSR, Pledge.NO_REINTRODUCTION_INTO_CUBA, UndertakingForm.PRIVATE_LETTER,
                    UndertakingStatus.GIVEN);
            Report r = evaluate("1963-01-07", para7MetWithout(sovietPublicPromise(), letter));
            assertThat(value(r, Clause.SOVIET_PUBLIC_UNDERTAKING)).isEqualTo(Value.UNSATISFIED);
            assertThat(value(r, Clause.SOVIET_UNDERTAKING)).isEqualTo(Value.SATISFIED);
            assertThat(value(r, Clause.SAFEGUARDS)).isEqualTo(Value.UNSATISFIED);
        }

        @ParameterizedTest
        @EnumSource(SafeguardFeature.class)
        void anArrangementWithADisqualifyingFeatureDoesNotCountAndTheReasonNamesIt(SafeguardFeature feature) {
            Safeguard faulty = safeguard(SafeguardKind.UN_PRESENCE, SafeguardTerm.LONG_TERM, CubaStance.ACCEPTED, feature);
            Report r = evaluate("1963-01-07", para7MetWithout(longTermInspectionAccepted(), faulty));
            assertThat(value(r, Clause.CUBA_ACCEPTS_INSPECTION)).isEqualTo(Value.UNSATISFIED);
            assertThat(clause(r, Clause.CUBA_ACCEPTS_INSPECTION).reason()).contains(feature.name());
            assertThat(value(r, Clause.SAFEGUARDS)).isEqualTo(Value.UNSATISFIED);
        }

        @Test
        void aShortTermArrangementCountsForCooperationButNotAsASafeguard() {
            Safeguard shortTerm = safeguard(SafeguardKind.ON_SITE_INSPECTION, SafeguardTerm.SHORT_TERM, CubaStance.ACCEPTED);
            Report r = evaluate("1963-01-07", para7MetWithout(longTermInspectionAccepted(), shortTerm));
            assertThat(value(r, Clause.CUBA_ACCEPTS_INSPECTION)).isEqualTo(Value.UNSATISFIED);
            assertThat(clause(r, Clause.CUBA_ACCEPTS_INSPECTION).reason()).contains("short-term");
            assertThat(value(r, Clause.CASTRO_COOPERATES)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void airSurveillanceAloneIsNotAnOnTheSpotInspection() {
            Safeguard air = safeguard(SafeguardKind.AIR_SURVEILLANCE, SafeguardTerm.LONG_TERM, CubaStance.ACCEPTED);
            Report r = evaluate("1963-01-07", para7MetWithout(longTermInspectionAccepted(), air));
            assertThat(clause(r, Clause.CUBA_ACCEPTS_INSPECTION).reason()).contains("not an on-the-spot inspection");
        }

        @Test
        void aDenuclearizedZoneOrAnotherSatisfactoryArrangementCounts() {
            Safeguard zone = safeguard(SafeguardKind.DENUCLEARIZED_ZONE, SafeguardTerm.LONG_TERM, CubaStance.ACCEPTED);
            Safeguard other = safeguard(SafeguardKind.OTHER, SafeguardTerm.LONG_TERM, CubaStance.ACCEPTED);
            assertThat(value(evaluate("1963-01-07", para7MetWithout(longTermInspectionAccepted(), zone)), Clause.SAFEGUARDS))
                    .isEqualTo(Value.SATISFIED);
            assertThat(value(evaluate("1963-01-07", para7MetWithout(longTermInspectionAccepted(), other)), Clause.SAFEGUARDS))
                    .isEqualTo(Value.SATISFIED);
        }

        @Test
        void anOtherArrangementJudgedUnsatisfactoryDoesNotCount() {
            Safeguard other = new Safeguard(SafeguardKind.OTHER, SafeguardTerm.LONG_TERM, CubaStance.ACCEPTED, null, true,
                    false, null, null);
            Report r = evaluate("1963-01-07", para7MetWithout(longTermInspectionAccepted(), other));
            assertThat(clause(r, Clause.CUBA_ACCEPTS_INSPECTION).reason()).contains("judged not satisfactory");
        }

        @Test
        void castroRefusingInspectionFailsItEvenWithNoArrangementOnRecord() {
            Report r = evaluate("1963-01-07", allOut(), sovietPublicPromise(), unRefused());
            assertThat(value(r, Clause.CUBA_ACCEPTS_INSPECTION)).isEqualTo(Value.UNSATISFIED);
            assertThat(clause(r, Clause.CUBA_ACCEPTS_INSPECTION).facts()).containsExactly(4);
        }

        @Test
        void noArrangementAndNoRefusalLeaveItUnknown() {
            Report r = evaluate("1963-01-07", sovietPublicPromise());
            assertThat(value(r, Clause.CUBA_ACCEPTS_INSPECTION)).isEqualTo(Value.UNKNOWN);
            assertThat(value(r, Clause.SAFEGUARDS)).isEqualTo(Value.UNKNOWN);
        }
    }
}
