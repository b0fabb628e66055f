package org.assurances.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assurances.facts.*;

/** Deterministic fact sets of any size: one fact a day, cycling through the fact types, never contradictory. */
public final class Histories {
    static final LocalDate FIRST = LocalDate.of(1962, 10, 14);

    private Histories() {}

    public static List<Fact> facts(int n) {
        List<Fact> facts = new ArrayList<>(n);
        SystemKind[] kinds = SystemKind.values();
        SystemStatus[] statuses = SystemStatus.values();
        for (int i = 0; i < n; i++) {
            LocalDate day = FIRST.plusDays(i);
            facts.add(
                    switch (i % 6) {
                        case 0, 1 ->
                            new WeaponSystem(
                                    kinds[i % kinds.length], statuses[(i / 6) % statuses.length], day, "bench");
                        case 2 ->
                            new Verification(
                                    VerificationSubject.REMOVAL,
                                    Verifier.values()[i % 4],
                                    i % 2 == 0 && Verification.cubaCanConsent(Verifier.values()[i % 4]),
                                    VerificationOutcome.values()[i % 3],
                                    day,
                                    "bench");
                        case 3 ->
                            new Undertaking(
                                    Party.USSR,
                                    Pledge.REMOVE_IL28,
                                    UndertakingForm.PRIVATE_LETTER,
                                    UndertakingStatus.GIVEN,
                                    20 + i % 20,
                                    day,
                                    "bench");
                        case 4 ->
                            new Safeguard(
                                    SafeguardKind.values()[i % 4],
                                    SafeguardTerm.values()[i % 2],
                                    CubaStance.values()[i % 2],
                                    null,
                                    null,
                                    null,
                                    day,
                                    "bench");
                        default -> new Incident(IncidentKind.values()[i % 5], false, day, "bench");
                    });
        }
        return facts;
    }

    public static LocalDate last(int n) {
        return FIRST.plusDays(n - 1);
    }
}
