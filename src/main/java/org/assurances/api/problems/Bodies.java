package org.assurances.api.problems;

import java.util.List;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;

/** The one check every JSON endpoint makes first: a body was sent (a JSON null or nothing is a 400 empty-body). */
public final class Bodies {
    private Bodies() {}

    /** {@code body}, or the problem saying it is empty and what was {@code expected}. */
    public static <T> T required(T body, String expected) {
        if (body == null) {
            throw new InvalidFactSetException(List.of(new Problem("", "the body is empty", expected)));
        }
        return body;
    }
}
