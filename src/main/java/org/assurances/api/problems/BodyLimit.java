package org.assurances.api.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.assurances.facts.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced (Content-Length) as larger than quarkus.http.limits.max-body-size is refused before it is
 * read, as the HTTP layer does, but with a problem+json that says what the limit is, instead of the layer's bare
 * 413 with no body. The connection is closed after the answer: the rest of the body is never read. A chunked
 * body (no Content-Length) over the limit is still cut off by the HTTP layer with its bare 413.
 */
@ApplicationScoped
public class BodyLimit {
    private final long limit;
    private final byte[] answer;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        this.limit = limit.asLongValue();
        String size = this.limit % (1024 * 1024) == 0 ? this.limit / (1024 * 1024) + " MiB" : this.limit + " bytes";
        this.answer = json.writeValueAsBytes(new ProblemDetail(
                ProblemMapper.BASE + "body-too-large",
                "Body too large",
                413,
                "the body is larger than " + size + " (" + this.limit + " bytes); it was not read",
                List.of(new Problem(
                        "", "a body over " + size, "at most " + size + " (a fact set of 10,000 facts fits)"))));
    }

    void install(@Observes Router router) {
        // Quarkus' own check runs at order -2; this one answers first, for the same bodies.
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && tooLong(length)) {
                ctx.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .endHandler(v -> ctx.request().connection().close());
                ctx.response().end(io.vertx.core.buffer.Buffer.buffer(answer));
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses an unreadable Content-Length itself
        }
    }
}
