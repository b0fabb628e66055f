package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assurances.engine.Fixtures.*;

import org.assurances.facts.Party;
import org.assurances.facts.Pledge;
import org.assurances.facts.SystemKind;
import org.assurances.facts.SystemStatus;
import org.assurances.facts.UndertakingForm;
import org.assurances.facts.UndertakingStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** QUARANTINE_LIFT: para 1 terms before 12 Nov 1962, para 2 terms from that day, and the IL-28 deadline. */
class QuarantineRulesTest {
    static final Object BOMBERS_PRESENT = system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT);

    @Nested
    class TermsChangeOnTwelfthNovember {
        @Test
        void onEleventhNovemberTheOriginalTwoConditionsApply() {
            Report r = evaluate("1962-11-11", missilesOut(), BOMBERS_PRESENT, il28Promise("1962-11-11", 30));
            assertThat(r.determination(Determination.QUARANTINE_LIFT).conditions()).extracting(Report.ConditionReport::id)
                    .containsExactly(Clause.REMOVAL_VERIFIED, Clause.SAFEGUARDED_PROMISE, Clause.IL28_DEADLINE_KEPT);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.NOT_BINDING);
        }

        @Test
        void onTwelfthNovemberMissilesOutAndTheBomberPromiseSuffice() {
            Report r = evaluate("1962-11-12", missilesOut(), BOMBERS_PRESENT, il28Promise("1962-11-12", 30));
            assertThat(r.determination(Determination.QUARANTINE_LIFT).conditions()).extracting(Report.ConditionReport::id)
                    .containsExactly(Clause.MISSILES_OUT, Clause.BOMBER_TERM, Clause.IL28_DEADLINE_KEPT);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.BINDING);
            assertThat(r.determination(Determination.QUARANTINE_LIFT).citation()).contains("para 2");
        }
    }

    @Nested
    class BeforeTwelfthNovember {
        @Test
        void verifiedRemovalAndASafeguardedPromiseLiftTheQuarantine() {
            Report r = evaluate("1962-11-01", para7Met());
            assertThat(value(r, Clause.REMOVAL_VERIFIED)).isEqualTo(Value.SATISFIED);
            assertThat(value(r, Clause.SAFEGUARDED_PROMISE)).isEqualTo(Value.SATISFIED);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.BINDING);
        }

        @Test
        void aRemovalSeenOnlyFromTheAirStillCountsAsVerifiedForParaOne() {
            Report r = evaluate("1962-11-01", allOut(), aerialConfirmed());
            assertThat(value(r, Clause.REMOVAL_VERIFIED)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void noConfirmedVerificationLeavesTheRemovalUnverified() {
            Report r = evaluate("1962-11-01", allOut(), unRefused());
            assertThat(value(r, Clause.REMOVAL_VERIFIED)).isEqualTo(Value.UNSATISFIED);
        }

        @Test
        void noVerificationOnRecordLeavesItUnknownAndTheQuarantineUndetermined() {
            Report r = evaluate("1962-11-01", allOut(), sovietPublicPromise(), longTermInspectionAccepted());
            assertThat(value(r, Clause.REMOVAL_VERIFIED)).isEqualTo(Value.UNKNOWN);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.UNDETERMINED);
            assertThat(r.determination(Determination.QUARANTINE_LIFT).toSettle()).contains("a verification fact");
        }

        @Test
        void aPromiseWithoutSafeguardsIsNotSafeguarded() {
            Report r = evaluate("1962-11-01", allOut(), aerialConfirmed(), sovietPublicPromise(), unRefused());
            assertThat(value(r, Clause.SAFEGUARDED_PROMISE)).isEqualTo(Value.UNSATISFIED);
        }

        @Test
        void noSovietPromiseOnRecordLeavesTheSafeguardedPromiseUnknown() {
            Report r = evaluate("1962-11-01", allOut(), aerialConfirmed(), longTermInspectionAccepted());
            assertThat(value(r, Clause.SAFEGUARDED_PROMISE)).isEqualTo(Value.UNKNOWN);
        }
    }

    @Nested
    class BomberTerm {
        @Test
        void bombersOutSatisfyItWithoutAnyPromise() {
            assertThat(value(evaluate("1962-12-07", allOut()), Clause.BOMBER_TERM)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void aPromiseOfThirtyDaysSatisfiesIt() {
            Report r = evaluate("1962-11-20", missilesOut(), BOMBERS_PRESENT, il28Promise("1962-11-20", 30));
            assertThat(value(r, Clause.IL28_PROMISE)).isEqualTo(Value.SATISFIED);
            assertThat(value(r, Clause.BOMBER_TERM)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void aPromiseOfThirtyOneDaysIsNotAReasonablePeriod() {
            Report r = evaluate("1962-11-20", missilesOut(), BOMBERS_PRESENT, il28Promise("1962-11-20", 31));
            assertThat(value(r, Clause.IL28_PROMISE)).isEqualTo(Value.UNSATISFIED);
            assertThat(value(r, Clause.BOMBER_TERM)).isEqualTo(Value.UNSATISFIED);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.NOT_BINDING);
        }

        @Test
        void aRefusedPromiseWithBombersPresentFailsIt() {
            Report r = evaluate("1962-11-13", missilesOut(), BOMBERS_PRESENT,
                    promise(Party.USSR, Pledge.REMOVE_IL28, UndertakingForm.PRIVATE_LETTER, UndertakingStatus.REFUSED));
            assertThat(value(r, Clause.BOMBER_TERM)).isEqualTo(Value.UNSATISFIED);
        }

        @Test
        void bombersPresentAndNoPromiseOnRecordLeaveItUnknown() {
            Report r = evaluate("1962-11-13", missilesOut(), BOMBERS_PRESENT);
            assertThat(value(r, Clause.IL28_PROMISE)).isEqualTo(Value.UNKNOWN);
            assertThat(value(r, Clause.BOMBER_TERM)).isEqualTo(Value.UNKNOWN);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.UNDETERMINED);
        }
    }

    @Nested
    class Il28Deadline {
        // promised 20 Nov 1962 within 30 days: the last day is 20 Dec 1962
        final Object promise = il28Promise("1962-11-20", 30);

        @Test
        void onTheDeadlineDayTheTermStillStands() {
            Report r = evaluate("1962-12-20", missilesOut(), BOMBERS_PRESENT, promise);
            assertThat(value(r, Clause.IL28_DEADLINE_KEPT)).isEqualTo(Value.SATISFIED);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.BINDING);
        }

        @Test
        void bombersStillPresentTheDayAfterTheDeadlineBreakTheQuarantineTerm() {
            Report r = evaluate("1962-12-21", missilesOut(), BOMBERS_PRESENT, promise);
            assertThat(value(r, Clause.IL28_DEADLINE_KEPT)).isEqualTo(Value.UNSATISFIED);
            assertThat(clause(r, Clause.IL28_DEADLINE_KEPT).facts()).containsExactly(2, 3);
            assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.NOT_BINDING);
        }

        @Test
        void bombersRemovedBeforeTheDeadlineKeepTheTerm() {
            Report r = evaluate("1962-12-21", allOut(), promise);
            assertThat(value(r, Clause.IL28_DEADLINE_KEPT)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void pastTheDeadlineWithNoReportOnTheBombersTheTermIsUnknown() {
            Report r = evaluate("1962-12-21", missilesOut(), promise);
            assertThat(value(r, Clause.IL28_DEADLINE_KEPT)).isEqualTo(Value.UNKNOWN);
            assertThat(clause(r, Clause.IL28_DEADLINE_KEPT).toSettle()).contains("a weaponSystem fact for IL28_BOMBER");
        }
    }
}
