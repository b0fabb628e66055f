package org.assurances.api;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;

/** Where the rest of a request's work runs once a future it waited for completes on another thread. */
final class Async {
    private Async() {}

    /**
     * The calling request's own Vert.x context (its event loop), so that building and writing the answer is not
     * left to the thread that completed the future (the decision log's one writer); outside Vert.x, that thread.
     */
    static Executor here() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }
}
