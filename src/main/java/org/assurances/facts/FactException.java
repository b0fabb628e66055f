package org.assurances.facts;

/**
 * A posted fact that cannot be valid. Names the field at fault so the service can point at it
 * ({@code /facts/3/withinDays}); {@code field} is empty when the fact as a whole is at fault.
 */
public class FactException extends IllegalArgumentException {
    private final String field;
    private final String expected;

    public FactException(String field, String message, String expected) {
        super(message);
        this.field = field;
        this.expected = expected;
    }

    public String field() {
        return field;
    }

    public String expected() {
        return expected;
    }

    /** What a field of an enum type expects: "one of [A, B, C]". */
    public static String oneOf(Class<? extends Enum<?>> type) {
        return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }

    static <T> T required(T value, String field, String expected) {
        if (value == null) {
            throw new FactException(field, "'" + field + "' is required", expected);
        }
        return value;
    }
}
