package org.assurances.engine;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Wording for verdicts that other rules read (the ledger's pledge). */
public final class Verdicts {
    private Verdicts() {
    }

    public static String names(Collection<?> verdicts) {
        return verdicts.stream().map(Verdict.class::cast).map(v -> v.determination().name()).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The conditions that decided the verdicts: their facts are the evidence, their unknowns what would settle them. */
    public static List<Object> because(Collection<?> verdicts) {
        return verdicts.stream().map(Verdict.class::cast).flatMap(v -> v.because().stream()).map(Object.class::cast).toList();
    }
}
