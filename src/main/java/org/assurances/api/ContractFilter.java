package org.assurances.api;

import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the annotations cannot say in the served OpenAPI document: each fact's {@code type} (the JSON type
 * id) is a required property naming its kind, a fact takes no other fields than its own (the reader
 * refuses unknown ones), and every problem answer (application/problem+json) has the ProblemDetail schema.
 * ContractTest validates the shipped scenarios and the examples against the document.
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(stages = io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {
    /** The fact types' names, as the reader knows them (Fact's @JsonSubTypes). */
    static final List<String> FACT_TYPES = org.assurances.facts.JsonProblems.FACT_TYPES;

    static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String type : FACT_TYPES) {
            Schema fact = schemas.get(type);
            if (fact == null) {
                throw new IllegalStateException("no schema for fact type " + type);
            }
            fact.addProperty(
                    "type",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .addEnumeration(type)
                            .description("the kind of fact"));
            List<String> required = new ArrayList<>(List.of("type"));
            if (fact.getRequired() != null) {
                required.addAll(fact.getRequired());
            }
            fact.setRequired(required);
            fact.setAdditionalPropertiesBoolean(false);
        }
        openAPI.getComponents().addSchema("Problem", problem());
        openAPI.getComponents().addSchema("ProblemDetail", problemDetail());
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/ProblemDetail");
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    problems(operation, ref);
                    jsonFirst(operation);
                }));
    }

    /**
     * Where an operation also answers Markdown or CSV, JSON comes first in its request and answers: Swagger UI's
     * "Try it out" asks for the first media type listed, and the JSON report is the one to try.
     */
    private static void jsonFirst(Operation operation) {
        if (operation.getRequestBody() != null) {
            reorder(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> reorder(r.getContent()));
        }
    }

    private static void reorder(Content content) {
        if (content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().size() < 2) {
            return;
        }
        Map<String, org.eclipse.microprofile.openapi.models.media.MediaType> ordered = new java.util.LinkedHashMap<>();
        content.getMediaTypes().entrySet().stream()
                .sorted(java.util.Comparator.comparing(e -> !e.getKey().startsWith(MediaType.APPLICATION_JSON)))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        content.setMediaTypes(ordered);
    }

    /** Each declared problem answer gets the schema; an operation that declares none gets a 4XX one. */
    private static void problems(Operation operation, Schema ref) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean any = false;
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            Content content = response.getContent();
            if (content != null && content.hasMediaType(PROBLEM)) {
                content.getMediaType(PROBLEM).setSchema(ref);
                any = true;
            }
        }
        if (!any) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "4XX",
                            OASFactory.createAPIResponse()
                                    .description("A problem with the request, named by JSON pointer or"
                                            + " query parameter (RFC 9457)")
                                    .content(OASFactory.createContent()
                                            .addMediaType(
                                                    PROBLEM,
                                                    OASFactory.createMediaType().schema(ref))));
        }
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One thing wrong, and where")
                .addProperty(
                        "pointer",
                        string("A JSON pointer into the body (/facts/3/status), or ?name for a query parameter"))
                .addProperty("detail", string("What is wrong"))
                .addProperty("expected", string("What would be right"))
                .required(List.of("pointer", "detail"));
    }

    private static Schema problemDetail() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, with every problem found pointed at")
                .addProperty("type", string("urn:assurances-engine:problem:<kind>"))
                .addProperty("title", string("The kind of problem, in words"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string("This occurrence, in words"))
                .addProperty(
                        "problems",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("#/components/schemas/Problem")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
