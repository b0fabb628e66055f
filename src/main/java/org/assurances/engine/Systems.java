package org.assurances.engine;

import java.util.Collection;
import java.util.stream.Collectors;

/** Wording for system states in reasons. */
public final class Systems {
    private Systems() {
    }

    /** "MRBM (REMOVED), IL28_BOMBER (PRESENT)" in a stable order. */
    public static String names(Collection<?> states) {
        return states.stream()
                .map(SystemState.class::cast)
                .sorted(java.util.Comparator.comparing(SystemState::system))
                .map(s -> s.system() + (s.report() == null ? "" : " (" + s.report().status() + ")"))
                .collect(Collectors.joining(", "));
    }
}
