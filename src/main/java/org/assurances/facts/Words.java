package org.assurances.facts;

import java.util.Collection;
import java.util.regex.Pattern;

/** The small helpers that put a reader's complaint in an analyst's words. */
public final class Words {
    private Words() {}

    private static final Pattern BACKTICKED = Pattern.compile("`[^`]*`");
    private static final Pattern FOR_PROPERTY = Pattern.compile("\\s*\\(for [^)]*\\)");
    private static final Pattern TOKEN = Pattern.compile("(JsonToken\\.)?(START_ARRAY|START_OBJECT|END_ARRAY|END_OBJECT"
            + "|VALUE_STRING|VALUE_NUMBER_INT|VALUE_NUMBER_FLOAT|VALUE_TRUE|VALUE_FALSE|VALUE_NULL|FIELD_NAME)");

    /**
     * " ; did you mean 'status'?" when {@code given} is one or two edits from one of {@code known} (or differs only
     * in case), else nothing.
     */
    public static String didYouMean(String given, Collection<String> known) {
        return closest(given, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    /** The one of {@code known} that {@code given} is one or two edits from (or differs from only in case). */
    public static java.util.Optional<String> closest(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = k.equalsIgnoreCase(given) ? 0 : distance(given.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(2, given.length() / 3));
        return best != null && bestDistance <= allowed && !best.equals(given)
                ? java.util.Optional.of(best)
                : java.util.Optional.empty();
    }

    /** Levenshtein distance: the fewest inserted, deleted or changed characters from a to b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** A parser's message with the names of its own code taken out (classes, tokens, properties). */
    public static String plain(String message) {
        String m = FOR_PROPERTY.matcher(message).replaceAll("");
        m = BACKTICKED.matcher(m).replaceAll("a value");
        m = TOKEN.matcher(m).replaceAll(r -> switch (r.group(2)) {
            case "START_ARRAY" -> "an array";
            case "START_OBJECT" -> "an object";
            case "END_ARRAY" -> "the end of an array";
            case "END_OBJECT" -> "the end of an object";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            default -> "a field name";
        });
        int newline = m.indexOf('\n');
        return (newline < 0 ? m : m.substring(0, newline)).trim();
    }
}
