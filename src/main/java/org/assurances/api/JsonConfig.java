package org.assurances.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.assurances.facts.StrictJson;

/** The service reads fact sets as strictly as the scenario library does. */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.configure(mapper);
    }
}
