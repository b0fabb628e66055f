package org.assurances.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A fact that cannot be valid cannot be built, and the error names the field. */
class FactValidationTest {

    @Nested
    class SingleFacts {
        @Test
        void aWeaponSystemWithoutStatusNamesTheField() {
            assertThatThrownBy(() -> new WeaponSystem(SystemKind.MRBM, null, null, null))
                    .isInstanceOfSatisfying(FactException.class, e -> {
                        assertThat(e.field()).isEqualTo("status");
                        assertThat(e.expected()).contains("REMOVED");
                    });
        }

        @Test
        void anIl28PromiseNeedsAPositivePeriodAndADate() {
            assertThatThrownBy(() -> new Undertaking(
                            Party.USSR,
                            Pledge.REMOVE_IL28,
                            UndertakingForm.PRIVATE_LETTER,
                            UndertakingStatus.GIVEN,
                            0,
                            LocalDate.of(1962, 11, 20),
                            null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("withinDays"));
            assertThatThrownBy(() -> new Undertaking(
                            Party.USSR,
                            Pledge.REMOVE_IL28,
                            UndertakingForm.PRIVATE_LETTER,
                            UndertakingStatus.GIVEN,
                            30,
                            null,
                            null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("date"));
        }

        @Test
        void onlyTheSovietsPromiseTheBombersOutAndOnlyThatPledgeHasAPeriod() {
            assertThatThrownBy(() -> new Undertaking(
                            Party.CUBA,
                            Pledge.REMOVE_IL28,
                            UndertakingForm.PRIVATE_LETTER,
                            UndertakingStatus.GIVEN,
                            30,
                            LocalDate.of(1962, 11, 20),
                            null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("party"));
            assertThatThrownBy(() -> new Undertaking(
                            Party.USSR,
                            Pledge.NO_REINTRODUCTION_INTO_CUBA,
                            UndertakingForm.PRIVATE_LETTER,
                            UndertakingStatus.GIVEN,
                            30,
                            null,
                            null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("withinDays"));
        }

        @Test
        void aGivenPromiseHasAForm() {
            assertThatThrownBy(() -> new Undertaking(
                            Party.CUBA,
                            Pledge.NO_REINTRODUCTION_INTO_CUBA,
                            null,
                            UndertakingStatus.GIVEN,
                            null,
                            null,
                            null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("form"));
        }

        @Test
        void onlyAnOtherArrangementIsJudgedSatisfactoryAndItMustBe() {
            assertThatThrownBy(() -> new Safeguard(
                            SafeguardKind.OTHER,
                            SafeguardTerm.LONG_TERM,
                            CubaStance.ACCEPTED,
                            Set.of(),
                            null,
                            null,
                            null,
                            null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("judgedSatisfactory"));
            assertThatThrownBy(() -> new Safeguard(
                            SafeguardKind.UN_PRESENCE,
                            SafeguardTerm.LONG_TERM,
                            CubaStance.ACCEPTED,
                            Set.of(),
                            null,
                            true,
                            null,
                            null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("judgedSatisfactory"));
        }

        @Test
        void aVerificationDefaultsToRemovalButNeedsItsOutcome() {
            assertThat(new Verification(null, Verifier.UN, true, VerificationOutcome.CONFIRMED, null, null).subject())
                    .isEqualTo(VerificationSubject.REMOVAL);
            assertThatThrownBy(() -> new Verification(null, Verifier.UN, true, null, null, null))
                    .isInstanceOfSatisfying(
                            FactException.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        }
    }

    @Nested
    class FactSets {
        @Test
        void twoReportsOfTheSameSystemOnTheSameDayThatDisagreeContradict() {
            LocalDate day = LocalDate.of(1962, 11, 13);
            assertThatThrownBy(() -> new FactSet(
                            day,
                            List.of(
                                    new WeaponSystem(SystemKind.MRBM, SystemStatus.REMOVED, day, null),
                                    new WeaponSystem(SystemKind.MRBM, SystemStatus.PRESENT, day, null))))
                    .isInstanceOfSatisfying(
                            InvalidFactSetException.class,
                            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                                assertThat(p.pointer()).isEqualTo("/facts/1/status");
                                assertThat(p.detail()).contains("contradicts /facts/0");
                            }));
        }

        @Test
        void reportsOnDifferentDaysAreAHistoryNotAContradiction() {
            new FactSet(
                    LocalDate.of(1962, 12, 1),
                    List.of(
                            new WeaponSystem(SystemKind.MRBM, SystemStatus.PRESENT, LocalDate.of(1962, 10, 22), null),
                            new WeaponSystem(SystemKind.MRBM, SystemStatus.REMOVED, LocalDate.of(1962, 11, 11), null)));
        }

        @Test
        void nonsenseDatesAndAMissingAsOfAreNamed() {
            assertThatThrownBy(() -> new FactSet(
                            null,
                            List.of(new UsAction(UsActionKind.QUARANTINE_LIFTED, LocalDate.of(1066, 10, 14), null))))
                    .isInstanceOfSatisfying(
                            InvalidFactSetException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::pointer)
                                    .containsExactly("/asOf", "/facts/0/date"));
        }
    }
}
