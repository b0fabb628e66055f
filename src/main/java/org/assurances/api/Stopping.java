package org.assurances.api;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * From the moment a stop begins (SIGTERM: readiness turns DOWN and requests are still served for
 * quarkus.shutdown.delay), every answer carries {@code Connection: close}: a client that ignores readiness
 * sends its next request on a new connection, which the server either answers or refuses outright, instead of
 * on a kept-alive one the server closes under it with no answer.
 */
@ApplicationScoped
public class Stopping {
    private volatile boolean stopping;

    void begin(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    void install(@Observes Router router) {
        router.route().order(-4).handler(ctx -> {
            if (stopping) {
                ctx.response().putHeader("Connection", "close");
            }
            ctx.next();
        });
    }
}
