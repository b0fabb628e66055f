package org.assurances.api;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.nio.file.Path;

/**
 * {@code assurances.data-dir} as a user means it: an absolute path stays where it points, a relative one is
 * taken from the working directory. H2 refuses a database path that is only implicitly relative, so the
 * datasource's URL is built from the absolute form this gives, whatever was written.
 */
@Priority(Priorities.LIBRARY + 200)
public class DataDir implements ConfigSourceInterceptor {
    static final String NAME = "assurances.data-dir";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!NAME.equals(name) || value == null || value.getValue() == null) {
            return value;
        }
        return value.withValue(absolute(value.getValue()));
    }

    static String absolute(String dir) {
        return Path.of(dir).toAbsolutePath().normalize().toString();
    }
}
