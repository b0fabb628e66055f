package org.assurances.api;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.assurances.api.problems.ProblemDetail;
import org.assurances.api.problems.ProblemMapper;
import org.assurances.api.problems.WrittenProblem;

/**
 * From the moment a stop begins (SIGTERM: readiness turns DOWN and requests are still served for
 * quarkus.shutdown.delay), every answer carries {@code Connection: close}: a client that ignores readiness
 * sends its next request on a new connection, which the server either answers or refuses outright, instead of
 * on a kept-alive one the server closes under it with no answer.
 */
@ApplicationScoped
public class Stopping {
    private volatile boolean stopping;
    private volatile boolean closing;

    private final java.time.Duration delay;
    /** The 503 problem, written once a stop begins: nothing of it is needed before (the start-up runs this bean). */
    private final WrittenProblem refused;

    Stopping(
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.shutdown.delay")
                    java.time.Duration delay,
            jakarta.inject.Provider<com.fasterxml.jackson.databind.ObjectMapper> json) {
        this.delay = delay;
        this.refused = new WrittenProblem(
                json,
                new ProblemDetail(
                        ProblemMapper.BASE + "stopping",
                        "Stopping",
                        503,
                        "the service is stopping; send the request to another replica, or again once it is back",
                        java.util.List.of()));
    }

    /**
     * The delay begins. Just before it ends (the server then stops as soon as no request is in flight, while
     * clients may still be sending), new requests are refused at once with a 503: each is answered in
     * microseconds, so fewer are in flight when the server closes.
     */
    void begin(@Observes ShutdownDelayInitiatedEvent event) {
        refused.buffer();
        stopping = true;
        Thread closer = new Thread(
                () -> {
                    try {
                        Thread.sleep(Math.max(0, delay.toMillis() - 100));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    closing = true;
                },
                "stopping");
        closer.setDaemon(true);
        closer.start();
    }

    /** Past the delay the service's parts are being stopped: a request that still comes is refused, not half-served. */
    void close(@Observes @jakarta.annotation.Priority(0) io.quarkus.runtime.ShutdownEvent event) {
        refused.buffer();
        closing = true;
    }

    void install(@Observes Router router) {
        router.route().order(-4).handler(ctx -> {
            if (closing) {
                ctx.response()
                        .setStatusCode(503)
                        .putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                        .putHeader("Retry-After", "1")
                        .putHeader("Connection", "close")
                        .end(refused.buffer());
                return;
            }
            if (stopping) {
                ctx.response().putHeader("Connection", "close");
            }
            ctx.next();
        });
    }
}
