package org.assurances.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assurances.engine.Fixtures.*;

import java.util.Arrays;
import org.assurances.facts.SystemKind;
import org.assurances.facts.SystemStatus;
import org.assurances.rules.Condition;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.rules.Value;
import org.junit.jupiter.api.Test;

/** The evaluator's contract: as-of filtering, traceability, one value per clause, purity. */
class EvaluatorTest {

    @Test
    void aNegationSaysThePartItNegatesNotThatEveryPartHolds() {
        Report report = evaluate("1962-12-01", unRefused());
        Report.ConditionReport notAtAll = report.condition(org.assurances.rules.Condition.CASTRO_NOT_COOPERATING);
        assertThat(notAtAll.value()).isEqualTo(org.assurances.rules.Value.SATISFIED);
        assertThat(notAtAll.reason())
                .endsWith("(fails: Castro cooperates in verification or safeguards)")
                .doesNotContain("every part holds");
    }

    @Test
    void factsDatedAfterTheAsOfDateAreIgnoredAndListed() {
        Report r = evaluate(
                "1962-11-13",
                system(SystemKind.MRBM, SystemStatus.PRESENT, "1962-10-22"),
                system(SystemKind.MRBM, SystemStatus.REMOVED, "1962-11-20"));
        assertThat(r.ignored()).singleElement().satisfies(i -> {
            assertThat(i.index()).isEqualTo(1);
            assertThat(i.reason()).contains("does not exist yet");
        });
        assertThat(value(r, Condition.MISSILES_OUT)).isEqualTo(Value.UNSATISFIED);
    }

    @Test
    void everyDeterminationIsReportedInOrderWithItsCitationAndRule() {
        Report r = evaluate("1962-11-13");
        assertThat(r.determinations())
                .extracting(Report.DeterminationReport::id)
                .containsExactly(Determination.values());
        r.determinations().forEach(d -> {
            assertThat(d.citation()).as(d.id().name()).matches(".*(ASSURANCES-1962-11-13|KISSINGER-1970).*");
            assertThat(d.rule()).as(d.id().name()).endsWith(")");
        });
    }

    @Test
    void fromTwelfthNovemberEveryClauseButTheParaOneTermsIsDecidedOnceWithACitation() {
        Report r = evaluate("1962-11-13", allOut());
        assertThat(r.conditions())
                .extracting(Report.ConditionReport::id)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(Arrays.stream(Condition.values())
                        .filter(c -> c != Condition.REMOVAL_VERIFIED && c != Condition.SAFEGUARDED_PROMISE)
                        .toArray(Condition[]::new));
        r.conditions().forEach(c -> assertThat(c.citation()).as(c.id().name()).isNotBlank());
    }

    @Test
    void anEmptyFactSetIsAllUnknownExceptWhatTheClosedWorldAndTheCalendarDecide() {
        Report r = evaluate("1962-11-13");
        assertThat(status(r, Determination.AIR_SURVEILLANCE)).isEqualTo(Status.BINDING);
        assertThat(value(r, Condition.OFFERED)).isEqualTo(Value.SATISFIED);
        assertThat(status(r, Determination.NON_INVASION)).isEqualTo(Status.UNDETERMINED);
        assertThat(status(r, Determination.OAS_PARALLEL_ASSURANCE)).isEqualTo(Status.NOT_BINDING);
        assertThat(status(r, Determination.QUARANTINE_LIFT)).isEqualTo(Status.UNDETERMINED);
    }

    @Test
    void theSameFactSetGivesTheSameReportAndNamesTheRulebook() {
        Report first = evaluate("1963-01-07", para7Met());
        Report second = evaluate("1963-01-07", para7Met());
        assertThat(first).isEqualTo(second);
        assertThat(first.rulebook()).matches("rules-[0-9a-f]{12}");
    }

    @Test
    void twoPromisesAndTwoLiftingsOnOneDayStillGiveOneValueEach() {
        Report r = evaluate(
                "1962-12-01",
                missilesOut(),
                il28Promise("1962-11-20", 30),
                new org.assurances.facts.Undertaking(
                        org.assurances.facts.Party.USSR,
                        org.assurances.facts.Pledge.REMOVE_IL28,
                        org.assurances.facts.UndertakingForm.PUBLIC_STATEMENT,
                        org.assurances.facts.UndertakingStatus.GIVEN,
                        25,
                        day("1962-11-20"),
                        null),
                action(org.assurances.facts.UsActionKind.QUARANTINE_LIFTED, "1962-11-20"),
                action(org.assurances.facts.UsActionKind.QUARANTINE_LIFTED, "1962-11-20"));
        assertThat(value(r, Condition.IL28_PROMISE)).isEqualTo(Value.SATISFIED);
        assertThat(clause(r, Condition.IL28_PROMISE).facts()).containsExactly(2, 3);
        assertThat(value(r, Condition.QUARANTINE_LIFTED)).isEqualTo(Value.SATISFIED);
    }

    /**
     * A later report that the bombers remain is what the broken IL-28 term cites, as the bombers' finding does: the
     * term quotes that finding's evidence ({@code $bombers.because()}), which is brought up to date when the finding
     * is kept (Evidence; EvidenceTest checks the quoting itself).
     */
    @Test
    void theBrokenBomberTermCitesTheLatestReportThatTheBombersRemain() {
        Report r = evaluate(
                "1962-12-20",
                missilesOut(),
                system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT, "1962-10-22"),
                il28Promise("1962-11-01", 30),
                system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT, "1962-12-10"));
        assertThat(value(r, Condition.BOMBERS_OUT)).isEqualTo(Value.UNSATISFIED);
        assertThat(clause(r, Condition.BOMBERS_OUT).facts()).containsExactly(4);
        assertThat(value(r, Condition.IL28_DEADLINE_KEPT)).isEqualTo(Value.UNSATISFIED);
        assertThat(clause(r, Condition.IL28_DEADLINE_KEPT).facts())
                .contains(3, 4)
                .doesNotContain(2);
    }

    @Test
    void oneEvaluationLeavesNothingBehindForTheNext() {
        Report first = evaluate("1962-12-01", missilesOut(), system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT));
        for (int i = 0; i < 3; i++) {
            evaluate("1963-01-07", para7Met());
        }
        Report again = evaluate("1962-12-01", missilesOut(), system(SystemKind.IL28_BOMBER, SystemStatus.PRESENT));
        assertThat(again).isEqualTo(first);
        assertThat(evaluate("1962-11-13")).isEqualTo(evaluate("1962-11-13"));
    }
}
