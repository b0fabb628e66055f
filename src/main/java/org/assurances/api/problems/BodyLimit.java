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
 * 413 with no body; a chunked body (no Content-Length) is read up to the limit and refused the same way past it.
 * The connection is closed after the answer, once the client has stopped sending.
 */
@ApplicationScoped
public class BodyLimit {
    private final long limit;
    /** The 413 problem, written the first time a body is refused. */
    private final WrittenProblem answer;

    public BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            jakarta.inject.Provider<ObjectMapper> json) {
        this.limit = limit.asLongValue();
        String size = this.limit % (1024 * 1024) == 0 ? this.limit / (1024 * 1024) + " MiB" : this.limit + " bytes";
        this.answer = new WrittenProblem(
                json,
                new ProblemDetail(
                        ProblemMapper.BASE + "body-too-large",
                        "Body too large",
                        413,
                        "the body is larger than " + size + " (" + this.limit + " bytes); nothing in it was evaluated",
                        List.of(new Problem(
                                "", "a body over " + size, "at most " + size + " (a fact set of 10,000 facts fits)"))));
    }

    void install(@Observes Router router) {
        // Quarkus' own check runs at order -2; this one answers first, for the same bodies.
        io.vertx.ext.web.handler.BodyHandler chunks = io.vertx.ext.web.handler.BodyHandler.create(false)
                .setBodyLimit(limit)
                .setHandleFileUploads(false);
        router.route()
                .order(-3)
                .handler(ctx -> {
                    String length = ctx.request().getHeader("Content-Length");
                    if (length != null && tooLong(length)) {
                        refuse(ctx);
                    } else if (length == null
                            && ctx.request().headers().contains("Transfer-Encoding", "chunked", true)) {
                        // A chunked body announces no size: it is read here, up to the limit, and past the limit
                        // the failure handler below answers the same problem.
                        chunks.handle(ctx);
                    } else {
                        ctx.next();
                    }
                })
                .failureHandler(ctx -> {
                    if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                        refuse(ctx);
                    } else {
                        ctx.next();
                    }
                });
    }

    /**
     * Answers the 413 problem and closes the connection. A client that asked first (Expect: 100-continue) sends
     * no body, and the connection closes at once; one that is still sending has the rest of its body read and
     * discarded (for at most 10 s), so that it reads the answer instead of a reset connection.
     */
    private void refuse(io.vertx.ext.web.RoutingContext ctx) {
        var request = ctx.request();
        boolean asked = request.headers().contains("Expect", "100-continue", true);
        ctx.response()
                .setStatusCode(413)
                .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                .putHeader("Connection", "close");
        if (asked || request.isEnded()) {
            ctx.response().endHandler(v -> request.connection().close());
        } else {
            long timer = ctx.vertx().setTimer(10_000, t -> request.connection().close());
            request.handler(discarded -> {});
            request.endHandler(v -> {
                ctx.vertx().cancelTimer(timer);
                request.connection().close();
            });
            request.resume();
        }
        ctx.response().end(answer.buffer());
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses an unreadable Content-Length itself
        }
    }
}
