package org.assurances.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Helpers the three-valued rules (logic.drl) use to word their reasons; the logic itself is in the DRL. */
public final class Logic {
    private Logic() {
    }

    static boolean complete(List<Clause> clauses, Object findings) {
        Set<Clause> drawn = findings((Collection<?>) findings).stream().map(Finding::clause).collect(Collectors.toSet());
        return drawn.containsAll(clauses);
    }

    /** The findings among {@code findings} that have {@code value}. */
    public static List<Finding> having(Object findings, Value value) {
        return findings((Collection<?>) findings).stream().filter(f -> f.value() == value).toList();
    }

    /** "7(a) ...: reason; 7(b) ...: reason" for the findings with {@code value}, in clause order. */
    public static String explain(Object findings, Value value) {
        return having(findings, value).stream()
                .sorted(java.util.Comparator.comparing(Finding::clause))
                .map(f -> f.clause().title() + ": " + f.reason())
                .collect(Collectors.joining("; "));
    }

    private static List<Finding> findings(Collection<?> items) {
        return items.stream().map(Finding.class::cast).toList();
    }
}
