package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assurances.engine.Fixtures.*;

import java.util.List;
import org.assurances.facts.*;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The para 6 assurances: their status, conditions subsequent, formality and violations. */
class AssurancesRulesTest {
    static final List<Determination> PARA_6 = List.of(Determination.NON_INVASION,
            Determination.NO_SUPPORT_FOR_INVASION_BY_OTHERS, Determination.OAS_PARALLEL_ASSURANCE);
    static final Declaration OAS_RESOLUTION = declaration(AssuranceId.OAS_PARALLEL_ASSURANCE, Declarant.OAS,
            DeclarationForm.OAS_RESOLUTION);

    @Nested
    class Status6 {
        @Test
        void everyConditionMetMakesAllThreeBinding() {
            Report r = evaluate("1963-01-07", para7Met(), OAS_RESOLUTION);
            PARA_6.forEach(d -> assertThat(status(r, d)).as(d.name()).isEqualTo(Status.BINDING));
        }

        @Test
        void withoutTheOasResolutionOnlyTheParallelAssuranceFails() {
            Report r = evaluate("1963-01-07", para7Met());
            assertThat(status(r, Determination.NON_INVASION)).isEqualTo(Status.BINDING);
            assertThat(status(r, Determination.OAS_PARALLEL_ASSURANCE)).isEqualTo(Status.NOT_BINDING);
            assertThat(value(r, Clause.OAS_RESOLUTION)).isEqualTo(Value.UNSATISFIED);
        }

        @Test
        void noUnVerificationMakesThemNotBinding() {
            Report r = evaluate("1963-01-07", allOut(), aerialConfirmed(), unRefused());
            PARA_6.forEach(d -> assertThat(status(r, d)).as(d.name()).isEqualTo(Status.NOT_BINDING));
            assertThat(r.determination(Determination.NON_INVASION).reason()).contains("verified by the UN");
        }

        @Test
        void anUnknownConditionAndNoFailedOneMakeThemUndeterminedAndSayWhatWouldSettleThem() {
            Report r = evaluate("1963-01-07", allOut(), unConfirmed(), sovietPublicPromise(), longTermInspectionAccepted());
            assertThat(status(r, Determination.NON_INVASION)).isEqualTo(Status.UNDETERMINED);
            assertThat(r.determination(Determination.NON_INVASION).toSettle())
                    .containsExactly("an undertaking fact by CUBA with pledge NO_REINTRODUCTION_INTO_CUBA");
        }
    }

    @Nested
    class ConditionsSubsequent {
        @ParameterizedTest
        @EnumSource(value = IncidentKind.class, names = {"REINTRODUCTION_OF_OFFENSIVE_WEAPONS", "OFFENSIVE_BASE_ESTABLISHED"})
        void aConfirmedReintroductionBreaksThem(IncidentKind kind) {
            Report r = evaluate("1963-06-01", para7Met(), OAS_RESOLUTION, incident(kind, true));
            assertThat(value(r, Clause.NO_REINTRODUCTION)).isEqualTo(Value.UNSATISFIED);
            PARA_6.forEach(d -> assertThat(status(r, d)).as(d.name()).isEqualTo(Status.NOT_BINDING));
        }

        @Test
        void aConfirmedCubanAggressionBreaksThem() {
            Report r = evaluate("1963-06-01", para7Met(), incident(IncidentKind.CUBAN_AGGRESSION_IN_HEMISPHERE, true));
            assertThat(value(r, Clause.NO_CUBAN_AGGRESSION)).isEqualTo(Value.UNSATISFIED);
            assertThat(status(r, Determination.NON_INVASION)).isEqualTo(Status.NOT_BINDING);
        }

        @Test
        void noIncidentReportedIsNoEvidenceOfOne() {
            Report r = evaluate("1970-08-04", para7Met());
            assertThat(clause(r, Clause.NO_REINTRODUCTION).reason()).contains("no evidence of reintroduction");
            assertThat(clause(r, Clause.NO_CUBAN_AGGRESSION).value()).isEqualTo(Value.SATISFIED);
        }

        @Test
        void anUnconfirmedReportDoesNotBreakThemButIsCitedAsEvidence() {
            Report r = evaluate("1963-06-01", para7Met(), incident(IncidentKind.REINTRODUCTION_OF_OFFENSIVE_WEAPONS, false));
            assertThat(value(r, Clause.NO_REINTRODUCTION)).isEqualTo(Value.SATISFIED);
            assertThat(clause(r, Clause.NO_REINTRODUCTION).facts()).containsExactly(7);
        }
    }

    @Nested
    class Formality {
        @Test
        void aDeclarationInTheSecurityCouncilFormalizesTheAssuranceItNames() {
            Report r = evaluate("1963-01-07", declaration(AssuranceId.NON_INVASION, Declarant.US,
                    DeclarationForm.UN_SECURITY_COUNCIL_DECLARATION));
            assertThat(r.determination(Determination.NON_INVASION).formalized()).isTrue();
            assertThat(r.determination(Determination.NO_SUPPORT_FOR_INVASION_BY_OTHERS).formalized()).isFalse();
        }

        @Test
        void aPressConferenceDoesNotFormalizeAParaSixAssurance() {
            Report r = evaluate("1963-01-07", declaration(AssuranceId.NON_INVASION, Declarant.US, DeclarationForm.PRESS_CONFERENCE));
            assertThat(r.determination(Determination.NON_INVASION).formalized()).isFalse();
            assertThat(r.determination(Determination.NON_INVASION).formality()).contains("none posted means none made");
        }

        @Test
        void theOasResolutionFormalizesTheParallelAssurance() {
            assertThat(evaluate("1963-01-07", OAS_RESOLUTION).determination(Determination.OAS_PARALLEL_ASSURANCE).formalized())
                    .isTrue();
        }

        @Test
        void bindingAndFormalizedAreSeparate() {
            Report r = evaluate("1963-01-07", para7Met());
            assertThat(status(r, Determination.NON_INVASION)).isEqualTo(Status.BINDING);
            assertThat(r.determination(Determination.NON_INVASION).formalized()).isFalse();
            assertThat(r.determination(Determination.QUARANTINE_LIFT).formalized()).isNull();
        }
    }

    @Nested
    class Violations {
        @Test
        void aConfirmedUsInvasionWhileBindingIsAViolationNotALapse() {
            Report r = evaluate("1963-06-01", para7Met(), OAS_RESOLUTION, incident(IncidentKind.US_INVASION, true));
            assertThat(status(r, Determination.NON_INVASION)).isEqualTo(Status.BINDING);
            assertThat(r.determination(Determination.NON_INVASION).violations()).singleElement()
                    .satisfies(v -> assertThat(v.facts()).containsExactly(8));
        }

        @Test
        void anInvasionWhileNotBindingIsNoViolation() {
            Report r = evaluate("1963-06-01", allOut(), unRefused(), incident(IncidentKind.INVASION_FROM_US_TERRITORY, true));
            assertThat(r.determination(Determination.NO_SUPPORT_FOR_INVASION_BY_OTHERS).violations()).isEmpty();
        }
    }
}
