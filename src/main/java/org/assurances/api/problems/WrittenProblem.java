package org.assurances.api.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Provider;

/**
 * A problem whose text never changes, as the routes in front of the REST layer answer it (BodyLimit's 413,
 * Stopping's 503), written to JSON the first time it is needed: those routes are installed during the start-up, and
 * writing their problems then built the ObjectMapper on the main thread, before the first answer
 * (docs/performance.md, "The first answer").
 */
public final class WrittenProblem {
    private final Provider<ObjectMapper> json;
    private final ProblemDetail problem;
    private volatile byte[] written;

    public WrittenProblem(Provider<ObjectMapper> json, ProblemDetail problem) {
        this.json = json;
        this.problem = problem;
    }

    /** The problem as JSON, written on the first call. */
    public Buffer buffer() {
        byte[] bytes = written;
        if (bytes == null) {
            try {
                bytes = json.get().writeValueAsBytes(problem);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            written = bytes;
        }
        return Buffer.buffer(bytes);
    }
}
