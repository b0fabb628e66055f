package org.assurances.store;

import java.time.Instant;
import java.util.List;
import org.assurances.facts.FactSet;

/** A fact set saved under a name: its latest revision (every earlier one is kept, see {@link Revision}). */
public record SavedFactSet(
        String id,
        String name,
        String description,
        List<String> tags,
        int revision,
        Instant created,
        Instant updated,
        FactSet factSet) {

    /** What a client sends to save or revise a fact set (checked by the API before it gets here). */
    public record Draft(String name, String description, List<String> tags, FactSet factSet) {}

    /** One saved revision as it was saved. */
    public record Revision(
            int revision,
            String name,
            String description,
            List<String> tags,
            Instant saved,
            String factsHash,
            FactSet factSet) {}

    /** A fact set as listed: no facts, just what it is. */
    public record Summary(
            String id,
            String name,
            String description,
            List<String> tags,
            int revision,
            Instant updated,
            java.time.LocalDate asOf,
            int facts) {}

    /** One page of a listing. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** No saved fact set has this id. */
    public static class NotFound extends RuntimeException {
        public NotFound(String id) {
            super("no saved fact set '" + id + "'");
        }
    }

    /** The client revised an older revision than the latest: its change would overwrite one it has not seen. */
    public static class Conflict extends RuntimeException {
        private final int current;

        public Conflict(String id, int expected, int current) {
            super("fact set '" + id + "' is at revision " + current + ", not " + expected
                    + ": read it again (GET /fact-sets/" + id + ") and apply your change to that");
            this.current = current;
        }

        /** An If-Match that names no revision at all. */
        public Conflict(String message) {
            super(message);
            this.current = -1;
        }

        public int current() {
            return current;
        }
    }
}
