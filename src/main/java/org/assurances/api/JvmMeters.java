package org.assurances.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.quarkus.micrometer.runtime.binder.JVMInfoBinder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.assurances.service.EvaluationService;
import org.jboss.logging.Logger;

/**
 * The JVM's and the system's meters (jvm_*, process_*, system_*): the binders Quarkus binds with
 * {@code quarkus.micrometer.binder.jvm} and {@code .system}, bound here once the first evaluation is answered (two
 * seconds after the start at most) instead of during the start-up, where they took the main thread about 60 ms
 * (JvmHeapPressureMetrics alone initializes BigDecimal's tables) that the first answer waited for.
 */
@ApplicationScoped
public class JvmMeters {
    private static final Logger LOG = Logger.getLogger(JvmMeters.class);
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final EvaluationService service;

    JvmMeters(EvaluationService service) {
        this.service = service;
    }

    void start(@Observes StartupEvent start) {
        service.firstAnswer().thenRunAsync(() -> bind(Metrics.globalRegistry), JvmMeters::onItsOwnThread);
    }

    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "jvm-meters");
        thread.setDaemon(true);
        thread.start();
    }

    /** What Quarkus 3.36 binds for the two binders, in its order. */
    synchronized void bind(MeterRegistry registry) {
        new ClassLoaderMetrics().bindTo(registry);
        closing.add(bound(new JvmHeapPressureMetrics(), registry));
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JVMInfoBinder().bindTo(registry);
        closing.add(bound(new JvmGcMetrics(), registry));
        new UptimeMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    private static <B extends MeterBinder & AutoCloseable> B bound(B binder, MeterRegistry registry) {
        binder.bindTo(registry);
        return binder;
    }

    synchronized void stop(@Observes ShutdownEvent stop) {
        for (AutoCloseable binder : closing) {
            try {
                binder.close();
            } catch (Exception e) {
                LOG.debugf("meter binder not closed: %s", e.getMessage());
            }
        }
        closing.clear();
    }
}
