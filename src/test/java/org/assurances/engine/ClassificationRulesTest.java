package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assurances.engine.Fixtures.*;

import org.assurances.facts.SystemKind;
import org.assurances.facts.SystemStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** CIA-1962-10-29 Annex paras 1, 2 and the "offensive systems out" derived fact (spec 3). */
class ClassificationRulesTest {

    @Nested
    class OffensiveSystemsOut {
        @Test
        void everyOffensiveSystemRemovedOrNeverDeliveredIsOut() {
            Report r = evaluate("1963-01-07", allOut());
            assertThat(value(r, Clause.OFFENSIVE_OUT)).isEqualTo(Value.SATISFIED);
            assertThat(clause(r, Clause.OFFENSIVE_OUT).facts()).containsExactly(0, 1, 2);
        }

        @Test
        void dismantledIsNotYetRemoved() {
            Report r = evaluate("1962-11-01", system(SystemKind.MRBM, SystemStatus.DISMANTLED),
                    system(SystemKind.IRBM, SystemStatus.NEVER_DELIVERED), system(SystemKind.IL28_BOMBER, SystemStatus.REMOVED));
            assertThat(value(r, Clause.OFFENSIVE_OUT)).isEqualTo(Value.UNSATISFIED);
            assertThat(clause(r, Clause.OFFENSIVE_OUT).reason()).contains("MRBM (DISMANTLED)");
            assertThat(clause(r, Clause.OFFENSIVE_OUT).facts()).containsExactly(0);
        }

        @Test
        void anUnreportedOffensiveSystemLeavesItUnknownAndSaysWhatWouldSettleIt() {
            Report r = evaluate("1962-11-13", missilesOut());
            assertThat(value(r, Clause.OFFENSIVE_OUT)).isEqualTo(Value.UNKNOWN);
            assertThat(clause(r, Clause.OFFENSIVE_OUT).toSettle()).containsExactly("a weaponSystem fact for IL28_BOMBER");
            assertThat(value(r, Clause.MISSILES_OUT)).isEqualTo(Value.SATISFIED);
        }

        @Test
        void aSystemStillInCubaOutweighsAnUnreportedOne() {
            Report r = evaluate("1962-10-27", system(SystemKind.MRBM, SystemStatus.PRESENT));
            assertThat(value(r, Clause.OFFENSIVE_OUT)).isEqualTo(Value.UNSATISFIED);
        }
    }

    @Nested
    class LatestReportWins {
        @Test
        void aLaterRemovalSupersedesAnEarlierPresence() {
            Report r = evaluate("1962-11-20", system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT, "1962-10-22"),
                    system(SystemKind.IL28_BOMBER, SystemStatus.REMOVED, "1962-12-06"),
                    system(SystemKind.IL28_BOMBER, SystemStatus.DISMANTLED, "1962-11-25"));
            // as of 20 Nov, only the 22 Oct report exists
            assertThat(value(r, Clause.BOMBERS_OUT)).isEqualTo(Value.UNSATISFIED);
            assertThat(evaluate("1962-11-26", system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT, "1962-10-22"),
                    system(SystemKind.IL28_BOMBER, SystemStatus.DISMANTLED, "1962-11-25")).clauses())
                    .filteredOn(c -> c.id() == Clause.BOMBERS_OUT).singleElement()
                    .satisfies(c -> assertThat(c.facts()).containsExactly(1));
            assertThat(value(evaluate("1962-12-07", system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT, "1962-10-22"),
                    system(SystemKind.IL28_BOMBER, SystemStatus.REMOVED, "1962-12-06")), Clause.BOMBERS_OUT))
                    .isEqualTo(Value.SATISFIED);
        }

        @Test
        void anyDatedReportSupersedesAnUndatedOne() {
            Report r = evaluate("1962-12-07", system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT),
                    system(SystemKind.IL28_BOMBER, SystemStatus.REMOVED, "1962-12-06"));
            assertThat(value(r, Clause.BOMBERS_OUT)).isEqualTo(Value.SATISFIED);
        }
    }

    @Nested
    class DefensiveSystems {
        @Test
        void aDefensiveSystemLeftInPlaceChangesNoConditionAndIsNoted() {
            Report with = evaluate("1963-01-07", allOut(), system(SystemKind.SAM, SystemStatus.PRESENT));
            Report without = evaluate("1963-01-07", allOut());
            assertThat(with.clauses()).extracting(Report.ConditionReport::value)
                    .containsExactlyElementsOf(without.clauses().stream().map(Report.ConditionReport::value).toList());
            assertThat(with.notes()).singleElement().satisfies(n -> {
                assertThat(n.text()).contains("SAM is defensive", "disarm Cuba");
                assertThat(n.facts()).containsExactly(3);
                assertThat(n.citation()).isEqualTo("CIA-1962-10-29 Annex para 2");
            });
        }
    }
}
