package org.assurances.api.problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.assurances.facts.InvalidFactSetException;
import org.assurances.facts.Problem;

/**
 * Query parameters read by hand: JAX-RS answers a query parameter that does not convert with a bare 404,
 * where the client needs a 400 that names the parameter.
 */
public final class Query {
    private Query() {}

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Invalid(
                name,
                "'" + value + "' is not a whole number from " + min + " to " + max,
                "a whole number from " + min + " to " + max);
    }

    /**
     * {@code ?detail=}: {@code compact} (the default: each condition once, the tree named by ids) or
     * {@code full} (each determination's conditions as whole trees, as the workbench draws them).
     */
    public static boolean full(String value) {
        if (value == null || value.isBlank() || value.strip().equals("compact")) {
            return false;
        }
        if (value.strip().equals("full")) {
            return true;
        }
        throw new Invalid("detail", "'" + value + "' is not a level of detail", "compact or full");
    }

    /** A yes-or-no parameter: absent is false; true or false, any case. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new Invalid(name, "'" + value + "' is neither true nor false", "true or false");
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(name, "'" + value + "' is not a date", "a date YYYY-MM-DD");
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip())
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException e2) {
                throw new Invalid(
                        name, "'" + value + "' is not a time", "a time such as 2026-11-24T08:00:00Z, or a date");
            }
        }
    }

    public static <E extends Enum<E>> String oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new Invalid(
                    name, "'" + value + "' is not known here", org.assurances.facts.FactException.oneOf(type));
        }
    }

    /** A query parameter that cannot be read: a 400 naming it. */
    public static class Invalid extends InvalidFactSetException {
        public Invalid(String parameter, String detail, String expected) {
            super(List.of(new Problem("?" + parameter, "?" + parameter + ": " + detail, expected)));
        }

        @Override
        public String getMessage() {
            return problems().get(0).detail();
        }
    }
}
