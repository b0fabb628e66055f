package org.assurances.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a fact set one fact at a time, so that the answer to a bad set names every bad fact (the first
 * {@link #MOST}, with a count), not only the first one the reader met. A misspelled field is named as sent,
 * with the field it resembles ("unknown field 'statu'; did you mean 'status'?"), even where the fact would
 * otherwise only say that 'status' is missing. Errors of the JSON text itself (malformed, a field twice,
 * nesting too deep) stop the reading where they are, as they must.
 */
final class FactSetReader extends StdDeserializer<FactSet> {
    static final int MOST = 20;
    static final List<String> FIELDS = List.of("asOf", "facts", "readings");

    FactSetReader() {
        super(FactSet.class);
    }

    @Override
    public FactSet deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (FactSet) ctxt.handleUnexpectedToken(FactSet.class, p);
        }
        String root = p.getParsingContext().pathAsPointer().toString();
        try {
            return read(p, ctxt);
        } catch (JsonProcessingException e) {
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
                throw e;
            }
            // An error of the JSON text itself: say where in the set the reader was, as the path of a mapping error,
            // so that the path to the set in a larger body is put in front of it on the way out.
            String at = p.getParsingContext().pathAsPointer().toString();
            com.fasterxml.jackson.databind.JsonMappingException located =
                    new com.fasterxml.jackson.databind.JsonMappingException(p, e.getOriginalMessage(), e);
            String[] steps = at.startsWith(root) ? at.substring(root.length()).split("/") : new String[0];
            // Down to the field that holds the error (/facts/0/source, /asOf), not into the value's own nesting.
            int depth = Math.min(steps.length, steps.length > 1 && steps[1].equals("facts") ? 4 : 2);
            for (int i = depth - 1; i > 0; i--) {
                String step = steps[i].replace("~1", "/").replace("~0", "~");
                located.prependPath(
                        step.chars().allMatch(Character::isDigit) && !step.isEmpty()
                                ? new com.fasterxml.jackson.databind.JsonMappingException.Reference(
                                        null, Integer.parseInt(step))
                                : new com.fasterxml.jackson.databind.JsonMappingException.Reference(null, step));
            }
            throw located;
        }
    }

    private FactSet read(JsonParser p, DeserializationContext ctxt) throws IOException {
        LocalDate asOf = null;
        List<Fact> facts = null;
        java.util.Map<String, String> readings = java.util.Map.of();
        List<JsonProblems.Classified> problems = new ArrayList<>();
        int[] count = {0};
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "asOf" -> {
                    TokenBuffer value = ctxt.bufferAsCopyOfValue(p);
                    try (JsonParser v = value.asParserOnFirstToken()) {
                        asOf = token == JsonToken.VALUE_NULL ? null : ctxt.readValue(v, LocalDate.class);
                    } catch (JsonProcessingException e) {
                        add(problems, count, JsonProblems.of(e).under("/asOf"));
                    }
                }
                case "facts" -> facts = facts(p, ctxt, token, problems, count);
                case "readings" -> readings = readings(p, token, problems, count);
                default -> {
                    p.skipChildren();
                    add(problems, count, unknown("/" + name, name, FIELDS, "the fact set"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableFactSetException(p, JsonProblems.all(problems, count[0]));
        }
        try {
            return new FactSet(asOf, facts, readings);
        } catch (InvalidFactSetException e) {
            throw new UnreadableFactSetException(p, JsonProblems.of(e));
        }
    }

    /** {"<reading>": "<alternative>", ...}: each value a string; which ids exist the rulebook checks. */
    private static java.util.Map<String, String> readings(
            JsonParser p, JsonToken token, List<JsonProblems.Classified> problems, int[] count) throws IOException {
        java.util.Map<String, String> readings = new java.util.LinkedHashMap<>();
        if (token == JsonToken.VALUE_NULL) {
            return readings;
        }
        if (token != JsonToken.START_OBJECT) {
            p.skipChildren();
            add(
                    problems,
                    count,
                    wrongType(
                            "/readings",
                            "'readings' must be an object {\"<reading>\": \"<alternative>\"}" + " (at /readings)",
                            "an object of reading ids to alternatives (GET /readings lists them)"));
            return readings;
        }
        for (String id = p.nextFieldName(); id != null; id = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            String at = FactSet.readingPointer(id);
            if (value != JsonToken.VALUE_STRING) {
                p.skipChildren();
                add(
                        problems,
                        count,
                        wrongType(
                                at,
                                "reading '" + id + "' must name its alternative as a string (at " + at + ")",
                                "an alternative's id, as a string"));
            } else {
                readings.put(id, p.getText());
            }
        }
        return readings;
    }

    private static JsonProblems.Classified wrongType(String at, String detail, String expected) {
        return new JsonProblems.Classified(
                400,
                "wrong-type",
                "Wrong type",
                detail,
                List.of(new Problem(at, "wrong JSON type: expected " + expected, expected)));
    }

    private List<Fact> facts(
            JsonParser p,
            DeserializationContext ctxt,
            JsonToken token,
            List<JsonProblems.Classified> problems,
            int[] count)
            throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            p.skipChildren();
            add(
                    problems,
                    count,
                    new JsonProblems.Classified(
                            400,
                            "wrong-type",
                            "Wrong type",
                            "'facts' must be an array of facts (at /facts)",
                            List.of(new Problem("/facts", "wrong JSON type: expected an array", "an array of facts"))));
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            TokenBuffer fact = ctxt.bufferAsCopyOfValue(p);
            try (JsonParser f = fact.asParserOnFirstToken()) {
                facts.add(f.currentToken() == JsonToken.VALUE_NULL ? null : ctxt.readValue(f, Fact.class));
            } catch (JsonProcessingException e) {
                facts.add(null);
                for (JsonProblems.Classified c : explain(ctxt, fact, e, i)) {
                    add(problems, count, c);
                }
            }
        }
        return facts;
    }

    /**
     * Why fact {@code i} could not be read: its unknown fields first, each with the field it resembles; then the
     * reader's own complaint, unless it only restates what a misspelling explains (a field "missing" that was sent
     * misspelled, or the unknown field itself).
     */
    private static List<JsonProblems.Classified> explain(
            DeserializationContext ctxt, TokenBuffer fact, JsonProcessingException e, int i) throws IOException {
        String at = "/facts/" + i;
        JsonProblems.Classified complaint = JsonProblems.of(e).under(at);
        JsonNode node;
        try (JsonParser again = fact.asParserOnFirstToken()) {
            node = ctxt.readTree(again);
        }
        Class<?> type = node.path("type").isTextual()
                ? JsonProblems.TYPES.get(node.path("type").asText())
                : null;
        if (type == null) {
            return List.of(complaint);
        }
        List<String> known = JsonProblems.fieldsOf(type);
        String name = node.path("type").asText();
        List<JsonProblems.Classified> found = new ArrayList<>();
        List<String> suggested = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                found.add(unknown(at + "/" + field, field, known, "fact " + i + " (" + name + ")"));
                Words.closest(field, known).ifPresent(suggested::add);
            }
        }
        boolean explained = e instanceof UnrecognizedPropertyException
                || (!found.isEmpty()
                        && complaint.type().equals("missing-field")
                        && suggested.stream()
                                .anyMatch(s ->
                                        complaint.problems().get(0).pointer().equals(at + "/" + s)));
        if (!explained) {
            found.add(complaint);
        }
        return found;
    }

    private static JsonProblems.Classified unknown(String at, String field, List<String> known, String where) {
        String said = "unknown field '" + field + "' in " + where + Words.didYouMean(field, known);
        return new JsonProblems.Classified(
                400,
                "unknown-field",
                "Unknown field",
                said,
                List.of(new Problem(
                        at, said, JsonProblems.oneOf(known.stream().sorted().toList()))));
    }

    private static void add(List<JsonProblems.Classified> problems, int[] count, JsonProblems.Classified c) {
        count[0]++;
        if (problems.size() < MOST) {
            problems.add(c);
        }
    }
}
