package org.assurances.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assurances.engine.Evaluator;
import org.assurances.facts.Fact;
import org.assurances.facts.Party;
import org.assurances.facts.Pledge;
import org.assurances.facts.SystemKind;
import org.assurances.facts.SystemStatus;
import org.assurances.facts.Undertaking;
import org.assurances.facts.UndertakingForm;
import org.assurances.facts.UndertakingStatus;
import org.assurances.facts.WeaponSystem;
import org.assurances.rules.Determination;
import org.assurances.rules.Status;
import org.assurances.scenarios.Scenario;
import org.assurances.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** Replaying the 1962-1970 history, and deadlines that pass with no new fact. */
class TimelineTest {
    static final Timeline TIMELINE = new Timeline(new Evaluator());
    static final Scenario HISTORY =
            new ScenarioLibrary().find("history-1962-1970").orElseThrow();

    static Status statusOn(List<Transition> transitions, LocalDate day, Determination d) {
        return transitions.stream()
                .filter(t -> !t.date().isAfter(day))
                .reduce((a, b) -> b)
                .orElseThrow()
                .statuses()
                .get(d);
    }

    @Test
    void theQuarantineLiftBindsFromTwentiethNovemberAndStaysSo() {
        List<Transition> t = TIMELINE.replay(HISTORY.facts(), null, HISTORY.until());
        assertThat(statusOn(t, LocalDate.of(1962, 11, 19), Determination.QUARANTINE_LIFT))
                .isNotEqualTo(Status.BINDING);
        assertThat(t)
                .filteredOn(tr -> tr.changes().stream()
                        .anyMatch(c -> c.id().equals("QUARANTINE_LIFT") && "BINDING".equals(c.to())))
                .singleElement()
                .satisfies(tr -> {
                    assertThat(tr.date()).isEqualTo(LocalDate.of(1962, 11, 20));
                    assertThat(tr.facts()).isNotEmpty();
                    // each fact of the day also in words, in the same order
                    assertThat(tr.factsSay()).hasSameSizeAs(tr.facts()).contains("the US lifted the quarantine");
                    for (int i = 0; i < tr.facts().size(); i++) {
                        assertThat(tr.factsSay().get(i))
                                .isEqualTo(org.assurances.engine.Describe.said(
                                        HISTORY.facts().get(tr.facts().get(i))));
                    }
                });
        t.stream()
                .filter(tr -> tr.date().isAfter(LocalDate.of(1962, 11, 20)))
                .forEach(tr -> assertThat(tr.statuses().get(Determination.QUARANTINE_LIFT))
                        .isEqualTo(Status.BINDING));
    }

    @Test
    void theParaSixAssurancesNeverBindAndTheFallbackBindsOnceTheBombersAreOut() {
        List<Transition> t = TIMELINE.replay(HISTORY.facts(), null, HISTORY.until());
        t.forEach(tr -> {
            assertThat(tr.statuses().get(Determination.NON_INVASION)).isNotEqualTo(Status.BINDING);
            assertThat(tr.statuses().get(Determination.NO_SUPPORT_FOR_INVASION_BY_OTHERS))
                    .isNotEqualTo(Status.BINDING);
            assertThat(tr.statuses().get(Determination.OAS_PARALLEL_ASSURANCE)).isNotEqualTo(Status.BINDING);
        });
        HISTORY.transitions()
                .forEach(expected -> assertThat(t).as(expected.toString()).anySatisfy(tr -> {
                    assertThat(tr.date()).isEqualTo(expected.date());
                    assertThat(tr.statuses().get(expected.determination())).isEqualTo(expected.status());
                    assertThat(tr.changes())
                            .anyMatch(
                                    c -> c.id().equals(expected.determination().name()));
                }));
    }

    @Test
    void aDeadlineThatPassesWithNoNewFactIsATransition() {
        List<Fact> facts = List.of(
                new WeaponSystem(SystemKind.MRBM, SystemStatus.REMOVED, LocalDate.of(1962, 11, 11), "s"),
                new WeaponSystem(SystemKind.IRBM, SystemStatus.NEVER_DELIVERED, null, "s"),
                new WeaponSystem(SystemKind.IL28_BOMBER, SystemStatus.PRESENT, LocalDate.of(1962, 10, 22), "s"),
                new Undertaking(
                        Party.USSR,
                        Pledge.REMOVE_IL28,
                        UndertakingForm.PRIVATE_LETTER,
                        UndertakingStatus.GIVEN,
                        30,
                        LocalDate.of(1962, 11, 20),
                        "s"));
        List<Transition> t = TIMELINE.replay(facts, null, LocalDate.of(1963, 1, 31));
        assertThat(t.get(t.size() - 1)).satisfies(last -> {
            assertThat(last.date()).isEqualTo(LocalDate.of(1962, 12, 21));
            assertThat(last.facts()).isEmpty();
            assertThat(last.triggers()).anyMatch(s -> s.contains("IL-28 deadline 1962-12-20"));
            assertThat(last.statuses().get(Determination.QUARANTINE_LIFT)).isEqualTo(Status.NOT_BINDING);
        });
    }
}
