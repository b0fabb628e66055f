package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The served OpenAPI document (/q/openapi) built when it is first asked for, not while the service starts.
 *
 * <p>Quarkus 3.36.1 reads the document it stored at build time, runs its filters and writes it as JSON and
 * as YAML at start, whatever the configuration: about 0.4 s of the 2 s to the first answered evaluation
 * (docs/performance.md), for a document the first evaluation does not need. This bean takes the place of
 * the extension's own service (an alternative with a priority wins) and keeps what the start-up asks it to
 * prepare until the first request for the document; the document served is the extension's, unchanged.
 *
 * <p>It lives in the extension's package because the start-up calls a package-private method. That works
 * where one class loader loads the application and the extension, as in the packaged service; in dev mode
 * and in tests the two are loaded apart, so there the bean is left out (prod build profile only) and the
 * extension builds the document at start, as before. {@code PackagedServiceIT} checks the packaged form:
 * no document built by the first answer, then the document stored at build time.
 */
@Alternative
@io.quarkus.arc.Unremovable
@io.quarkus.arc.profile.IfBuildProfile("prod")
@Priority(1)
@ApplicationScoped
public class DocumentOnFirstAsking extends OpenApiDocumentService {
    private record Asked(AutoSecurityFilter security, Map<OpenApiFilter.RunStage, List<String>> filters, String name) {}

    private static final Logger LOG = Logger.getLogger(DocumentOnFirstAsking.class);

    private final List<Asked> pending = new ArrayList<>();

    private volatile boolean built;

    @Override
    synchronized void prepareDocument(
            AutoSecurityFilter security, Map<OpenApiFilter.RunStage, List<String>> filters, String name) {
        pending.add(new Asked(security, filters, name));
    }

    @Override
    public byte[] getDocument(String name, Format format) {
        if (!built) {
            build();
        }
        return super.getDocument(name, format);
    }

    private synchronized void build() {
        if (built) {
            return;
        }
        long start = System.nanoTime();
        for (Asked asked : pending) {
            super.prepareDocument(asked.security(), asked.filters(), asked.name());
        }
        LOG.infof(
                "OpenAPI document built on first asking, in %d ms (%d document(s))",
                (System.nanoTime() - start) / 1_000_000, pending.size());
        pending.clear();
        built = true;
    }
}
