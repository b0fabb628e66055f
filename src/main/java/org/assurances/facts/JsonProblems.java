package org.assurances.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the JSON reader's errors mean in the analyst's words: the status, the problem type, and each problem
 * with its pointer. The reader speaks of tokens, classes and annotations; nothing of that reaches the answer.
 */
public final class JsonProblems {
    private JsonProblems() {}

    /** One classified error: as problem+json gives it. */
    public record Classified(int status, String type, String title, String detail, List<Problem> problems) {
        /** The same, with every pointer moved under {@code prefix} (a fact read on its own, a set inside a body). */
        public Classified under(String prefix) {
            if (prefix.isEmpty()) {
                return this;
            }
            return new Classified(
                    status,
                    type,
                    title,
                    detail,
                    problems.stream()
                            .map(p -> new Problem(prefix + p.pointer(), p.detail(), p.expected()))
                            .toList());
        }
    }

    /** The fact types by the names JSON gives them, in the order Fact's {@code @JsonSubTypes} lists them. */
    static final java.util.Map<String, Class<?>> TYPES = java.util.Arrays.stream(Fact.class
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class)
                    .value())
            .collect(Collectors.toMap(
                    com.fasterxml.jackson.annotation.JsonSubTypes.Type::name,
                    com.fasterxml.jackson.annotation.JsonSubTypes.Type::value,
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));

    /** The fact types, as JSON names them. */
    public static final List<String> FACT_TYPES = List.copyOf(TYPES.keySet());

    public static Classified of(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException v) {
            return refused(v);
        }
        if (!(e instanceof JsonMappingException m)) {
            return belowMapping(e, parsedSoFar(e));
        }
        String pointer = pointer(m);
        if (m instanceof UnreadableFactSetException u) {
            return u.classified().under(pointer);
        }
        if (m.getCause() instanceof InvalidFactSetException invalid) {
            return of(invalid).under(pointer);
        }
        if (m.getCause() instanceof JsonProcessingException below && !(below instanceof JsonMappingException)) {
            return belowMapping(below, pointer);
        }
        if (m.getCause() == null
                && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("Duplicate field")) {
            return belowMapping(m, pointer);
        }
        if (m instanceof InvalidTypeIdException t) {
            String at = pointer.endsWith("/type") ? pointer : pointer + "/type";
            String said = t.getTypeId() == null
                    ? "missing 'type'"
                    : "unknown type '" + t.getTypeId() + "'" + Words.didYouMean(t.getTypeId(), FACT_TYPES);
            return one(400, "unknown-fact-type", "Unknown or missing fact type", at, said, oneOf(FACT_TYPES));
        }
        if (m instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .toList();
            String field = u.getPropertyName();
            String at = pointer.endsWith("/" + field) ? pointer : pointer + "/" + field;
            return one(
                    400,
                    "unknown-field",
                    "Unknown field",
                    at,
                    "unknown field '" + field + "'" + Words.didYouMean(field, known),
                    oneOf(known));
        }
        if (m instanceof InvalidFormatException f) {
            return one(
                    400,
                    "invalid-value",
                    "Invalid value",
                    pointer,
                    "'" + f.getValue() + "' is not valid here",
                    expected(f.getTargetType()));
        }
        if (m instanceof MismatchedInputException mi) {
            String expected = expected(mi.getTargetType());
            return one(400, "wrong-type", "Wrong type", pointer, "wrong JSON type: expected " + expected, expected);
        }
        return one(400, "unreadable", "Unreadable input", pointer, "this value cannot be read", "the documented form");
    }

    /** A fact set (or a fact) that the records refused, as its problems say. */
    public static Classified of(InvalidFactSetException e) {
        boolean empty =
                e.problems().size() == 1 && e.problems().get(0).pointer().isEmpty();
        return new Classified(
                empty ? 400 : 422,
                empty ? "empty-body" : "invalid-fact-set",
                empty ? "Empty body" : "Invalid fact set",
                e.getMessage(),
                e.problems());
    }

    /** Several classified errors in one answer (every bad fact of a set): the first one's status and type. */
    public static Classified all(List<Classified> each, int count) {
        if (each.size() == 1) {
            return each.get(0);
        }
        List<Problem> problems =
                each.stream().flatMap(c -> c.problems().stream()).toList();
        String detail = count + " problems in this fact set"
                + (count > each.size() ? " (the first " + each.size() + " are listed)" : "") + "; the first: "
                + each.get(0).detail();
        Classified first = each.get(0);
        boolean same = each.stream().allMatch(c -> c.type().equals(first.type()));
        return new Classified(
                first.status(),
                same ? first.type() : "invalid-fact-set",
                same ? first.title() : "Invalid fact set",
                detail,
                problems);
    }

    /** A fact's constructor refused it: point at the fact and the field it named. */
    private static Classified refused(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        String pointer = pointer(e);
        if (cause instanceof InvalidFactSetException invalid) {
            return of(invalid).under(pointer);
        }
        if (cause instanceof FactException f) {
            String at = f.field().isEmpty() ? pointer : pointer + "/" + f.field();
            boolean missing = f.getMessage().endsWith("is required");
            return one(
                    missing ? 400 : 422,
                    missing ? "missing-field" : "invalid-fact",
                    missing ? "Missing field" : "Invalid fact",
                    at,
                    f.getMessage(),
                    f.expected());
        }
        return one(422, "invalid-fact", "Invalid fact", pointer, "this fact cannot be valid", "a valid fact");
    }

    /**
     * Errors of the JSON text itself (malformed, a field twice, invalid UTF-8, a number out of range, too
     * deep), at {@code at}: where the reader was.
     */
    static Classified belowMapping(JsonProcessingException e, String at) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        if (e instanceof StreamConstraintsException) {
            return one(
                    400,
                    "too-deep",
                    "Too deeply nested or too long",
                    at,
                    "nested too deeply, or a value too long, for a fact set" + where,
                    "a fact set as documented");
        }
        if (e instanceof InputCoercionException c) {
            return one(
                    400,
                    "invalid-value",
                    "Number out of range",
                    at,
                    "number out of range" + where,
                    expected(c.getTargetType()));
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            Matcher name = Pattern.compile("'([^']*)'").matcher(message);
            String field = name.find() ? name.group(1) : "";
            if (!field.isEmpty() && !at.endsWith("/" + field)) {
                at = at + "/" + field.replace("~", "~0").replace("/", "~1");
            }
            return one(
                    400,
                    "duplicate-field",
                    "Duplicate field",
                    at,
                    "field given twice: '" + field + "'" + where,
                    "each field once");
        }
        if (message.startsWith("Invalid UTF-8")) {
            return one(400, "invalid-utf8", "Not UTF-8", at, "bytes that are not UTF-8" + where, "JSON text in UTF-8");
        }
        return one(
                400,
                "malformed-json",
                "Malformed JSON",
                at,
                "not well-formed JSON" + where + ": " + Words.plain(message),
                "a JSON object");
    }

    private static Classified one(int status, String type, String title, String at, String said, String expected) {
        String detail = at.isEmpty() ? said : said + " (at " + at + ")";
        return new Classified(status, type, title, detail, List.of(new Problem(at, said, expected)));
    }

    /** Where the reader was when it stopped (/facts/2/status), for errors below the object mapping. */
    static String parsedSoFar(JsonProcessingException e) {
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
                && parser.getParsingContext() != null) {
            try {
                return parser.getParsingContext().pathAsPointer().toString();
            } catch (RuntimeException ignored) {
                return "";
            }
        }
        return "";
    }

    public static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .map(s -> "/" + s.replace("~", "~0").replace("/", "~1"))
                .collect(Collectors.joining());
    }

    static String oneOf(Collection<String> names) {
        return "one of " + String.join(", ", names);
    }

    @SuppressWarnings("unchecked")
    static String expected(Class<?> type) {
        if (type == null) {
            return "the documented type";
        }
        if (type.isEnum()) {
            return FactException.oneOf((Class<? extends Enum<?>>) type);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date YYYY-MM-DD";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a JSON string";
        }
        return "a JSON object";
    }

    /** The names a record-typed fact accepts, as JSON spells them: its components and its 'type'. */
    static List<String> fieldsOf(Class<?> type) {
        List<String> names = new ArrayList<>(List.of("type"));
        if (type.isRecord()) {
            for (var c : type.getRecordComponents()) {
                names.add(c.getName());
            }
        }
        return names;
    }
}
