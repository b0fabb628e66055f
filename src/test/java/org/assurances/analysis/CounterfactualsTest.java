package org.assurances.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.assurances.engine.Evaluator;
import org.assurances.facts.FactSet;
import org.assurances.facts.StrictJson;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** The search's bounds and its answers' minimality, without HTTP. */
class CounterfactualsTest {
    static final Evaluator EVALUATOR = new Evaluator();
    static final Counterfactuals SEARCH = new Counterfactuals(EVALUATOR, StrictJson.configure(new ObjectMapper()));
    static final FactSet NOV_13 = new ScenarioLibrary()
            .find("1962-11-13-bombers-remain")
            .orElseThrow()
            .factSet(null);

    @Test
    void aSpentTimeBudgetStopsTheSearchAndSaysSo() {
        var result = SEARCH.search(
                new Counterfactuals.Query(NOV_13, Determination.NON_INVASION, Status.BINDING, 4, 0, 5, false));
        assertThat(result.searched().complete()).isFalse();
        assertThat(result.searched().cutShort()).contains("time budget");
    }

    @Test
    void aStatusAlreadyHeldNeedsNoChange() {
        var result = SEARCH.search(
                new Counterfactuals.Query(NOV_13, Determination.AIR_SURVEILLANCE, Status.BINDING, 3, 2000, 5, false));
        assertThat(result.answers()).hasSize(1);
        assertThat(result.answers().get(0).changes()).isEmpty();
    }

    @Test
    void noAnswerContainsAnotherAndEachGivesTheWantedStatusWhenApplied() {
        var result = SEARCH.search(
                new Counterfactuals.Query(NOV_13, Determination.QUARANTINE_LIFT, Status.BINDING, 2, 5000, 20, false));
        assertThat(result.answers()).isNotEmpty();
        for (var a : result.answers()) {
            var facts = new java.util.ArrayList<>(NOV_13.facts());
            a.changes().forEach(c -> facts.add(c.fact()));
            assertThat(EVALUATOR
                            .evaluate(new FactSet(NOV_13.asOf(), facts))
                            .determination(Determination.QUARANTINE_LIFT)
                            .status())
                    .isEqualTo(Status.BINDING);
            for (var b : result.answers()) {
                if (a != b) {
                    assertThat(a.changes())
                            .as("an answer is no superset of another")
                            .doesNotContainAnyElementsOf(
                                    b.changes().size() < a.changes().size()
                                                    && a.changes().containsAll(b.changes())
                                            ? b.changes()
                                            : java.util.List.of());
                }
            }
        }
    }

    @Test
    void withNoAnswerWithinTheBoundTheClosestSetFoundAndWhatStillFailsAreGiven() {
        var result = SEARCH.search(
                new Counterfactuals.Query(NOV_13, Determination.NON_INVASION, Status.BINDING, 1, 10000, 5, false));
        assertThat(result.answers()).isEmpty();
        assertThat(result.searched().cutShort()).isEqualTo("no answer within 1 changes");
        assertThat(result.closest()).isNotNull();
        assertThat(result.closest().answer().changes()).hasSize(1);
        assertThat(result.closest().stillFails())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.to()).isNotEqualTo("SATISFIED"));
        // the closest leaves no more of the tree unsatisfied than the fact set as posted
        var tree = new java.util.HashSet<String>();
        EVALUATOR
                .snapshot(NOV_13)
                .determination(Determination.NON_INVASION)
                .conditions()
                .forEach(c -> collect(c, tree));
        long before = EVALUATOR.snapshot(NOV_13).conditions().stream()
                .filter(c -> tree.contains(c.id().name()) && c.value() != org.assurances.rules.Value.SATISFIED)
                .count();
        assertThat((long) result.closest().stillFails().size()).isLessThan(before);
    }

    @Test
    void aChangeThatContradictsAFactPostedTheSameDayIsCountedAndTheNextDayOffered() {
        var result = SEARCH.search(
                new Counterfactuals.Query(NOV_13, Determination.QUARANTINE_LIFT, Status.BINDING, 1, 10000, 5, false));
        assertThat(result.skipped().count()).isPositive();
        assertThat(result.skipped().example()).contains("contradicts /facts/");
        assertThat(result.skipped().nextDay()).isEqualTo(NOV_13.asOf().plusDays(1));
        var later = SEARCH.search(new Counterfactuals.Query(
                NOV_13.on(NOV_13.asOf().plusDays(1)),
                Determination.QUARANTINE_LIFT,
                Status.BINDING,
                1,
                10000,
                5,
                false));
        assertThat(later.answers())
                .as("the next day, Khrushchev's promise supersedes the refusal instead of contradicting it")
                .anySatisfy(a -> assertThat(a.changes().get(0).description())
                        .contains("the Soviet Union undertook to take the IL-28 bombers out"));
    }

    private static void collect(org.assurances.engine.Report.ConditionReport c, java.util.Set<String> ids) {
        ids.add(c.id().name());
        c.parts().forEach(p -> collect(p, ids));
    }
}
