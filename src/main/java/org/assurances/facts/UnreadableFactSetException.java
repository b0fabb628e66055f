package org.assurances.facts;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A fact set that could not be read, with every problem found in it (up to {@link FactSetReader#MOST}) and the
 * status and problem type the first of them calls for. A reader's exception, so that a set inside a larger body
 * (a batch, a saved set) gets the path to it prepended, as the reader does for its own errors.
 */
public class UnreadableFactSetException extends JsonMappingException {
    private final transient JsonProblems.Classified classified;

    UnreadableFactSetException(com.fasterxml.jackson.core.JsonParser parser, JsonProblems.Classified classified) {
        super(parser, classified.detail());
        this.classified = classified;
    }

    /** What was found, with pointers from the fact set's own root. */
    public JsonProblems.Classified classified() {
        return classified;
    }
}
