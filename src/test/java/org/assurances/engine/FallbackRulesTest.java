package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assurances.engine.Fixtures.*;

import org.assurances.facts.*;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Para 8 (the fallback), para 9 (air surveillance) and the last paragraph (the ledger). */
class FallbackRulesTest {

    @Nested
    class ContingentNonInvasion {
        @Test
        void withCastroNotCooperatingAndTheWeaponsOutItBinds() {
            Report r = evaluate("1963-01-07", allOut(), aerialConfirmed(), unRefused());
            assertThat(status(r, Determination.CONTINGENT_NON_INVASION)).isEqualTo(Status.BINDING);
            assertThat(value(r, Clause.NO_OFFENSIVE_BASE)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void withCastroCooperatingItIsSupersededByTheParaSixAssurances() {
            Report r = evaluate("1963-01-07", para7Met());
            assertThat(status(r, Determination.CONTINGENT_NON_INVASION)).isEqualTo(Status.NOT_BINDING);
            assertThat(r.determination(Determination.CONTINGENT_NON_INVASION).reason()).contains("superseded by the para 6 assurances");
        }

        @Test
        void withCooperationUnknownItIsUndetermined() {
            Report r = evaluate("1963-01-07", allOut());
            assertThat(status(r, Determination.CONTINGENT_NON_INVASION)).isEqualTo(Status.UNDETERMINED);
        }

        @Test
        void anOffensiveBaseAllowedBreaksIt() {
            Report r = evaluate("1963-06-01", allOut(), unRefused(), incident(IncidentKind.OFFENSIVE_BASE_ESTABLISHED, true));
            assertThat(value(r, Clause.NO_OFFENSIVE_BASE)).isEqualTo(Value.UNSATISFIED);
            assertThat(status(r, Determination.CONTINGENT_NON_INVASION)).isEqualTo(Status.NOT_BINDING);
        }

        @Test
        void anyUsDeclarationOfItFormalizesIt() {
            Report r = evaluate("1963-01-07", declaration(AssuranceId.CONTINGENT_NON_INVASION, Declarant.US,
                    DeclarationForm.PRESS_CONFERENCE));
            assertThat(r.determination(Determination.CONTINGENT_NON_INVASION).formalized()).isTrue();
        }
    }

    @Nested
    class AirSurveillance {
        @Test
        void itIsKeptInAnyEventWithARoleThatFollowsCooperation() {
            Report cooperating = evaluate("1963-01-07", para7Met());
            Report refusing = evaluate("1963-01-07", unRefused());
            Report unknown = evaluate("1963-01-07");
            assertThat(status(cooperating, Determination.AIR_SURVEILLANCE)).isEqualTo(Status.BINDING);
            assertThat(status(unknown, Determination.AIR_SURVEILLANCE)).isEqualTo(Status.BINDING);
            assertThat(cooperating.determination(Determination.AIR_SURVEILLANCE).role()).contains("inspectorate on the ground");
            assertThat(refusing.determination(Determination.AIR_SURVEILLANCE).role()).contains("never completed");
            assertThat(unknown.determination(Determination.AIR_SURVEILLANCE).role()).contains("either", "unknown");
        }
    }

    @Nested
    class Outcome {
        @Test
        void withCastroCooperatingKhrushchevHasHisThreeAccomplishmentsAndTheUsTheWeaponsGone() {
            Report r = evaluate("1963-01-07", para7Met(), action(UsActionKind.QUARANTINE_LIFTED, "1962-11-20"));
            assertThat(status(r, Determination.OUTCOME)).isEqualTo(Status.BINDING);
            assertThat(value(r, Clause.CONTINGENT_PLEDGE)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void withCastroRefusingTheLedgerPremiseFailsButItsItemsStillShow() {
            Report r = evaluate("1963-01-07", allOut(), unRefused(), action(UsActionKind.QUARANTINE_LIFTED, "1962-11-20"));
            assertThat(status(r, Determination.OUTCOME)).isEqualTo(Status.NOT_BINDING);
            assertThat(value(r, Clause.QUARANTINE_LIFTED)).isEqualTo(Value.SATISFIED);
            assertThat(value(r, Clause.CONTINGENT_PLEDGE)).isEqualTo(Value.SATISFIED);
            assertThat(value(r, Clause.NUCLEAR_WAR_PREVENTED)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void withNothingKnownTheLedgerIsUndeterminedButTheQuarantineIsNotLifted() {
            Report r = evaluate("1962-10-27", action(UsActionKind.QUARANTINE_IMPOSED, "1962-10-24"));
            assertThat(status(r, Determination.OUTCOME)).isEqualTo(Status.NOT_BINDING);
            assertThat(value(r, Clause.QUARANTINE_LIFTED)).isEqualTo(Value.UNSATISFIED);
            assertThat(value(r, Clause.CONTINGENT_PLEDGE)).isEqualTo(Value.UNKNOWN);
            Report unknown = evaluate("1962-10-27", missilesOut(), action(UsActionKind.QUARANTINE_LIFTED, "1962-10-26"));
            assertThat(status(unknown, Determination.OUTCOME)).isEqualTo(Status.UNDETERMINED);
        }
    }
}
