package org.assurances.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rulebook's files and its version: the first 12 hex digits of a SHA-256 over the DRL files, so a
 * report names exactly the rules that produced it. Also what can be read off the files' text: which
 * file holds which rule, and the calendar days on which a rule's terms begin.
 */
public final class Rulebook {
    /** Every file of src/main/resources/rules, in reading order (a test checks the folder holds just these). */
    public static final List<String> FILES = List.of(
            "readings.drl",
            "time.drl",
            "history.drl",
            "classification.drl",
            "understanding.drl",
            "cooperation.drl",
            "quarantine.drl",
            "safeguards.drl",
            "para7.drl",
            "subsequent.drl",
            "assurances.drl",
            "contingent.drl",
            "surveillance.drl",
            "outcome.drl");

    private static final Pattern RULE = Pattern.compile("^rule \"(.+)\"", Pattern.MULTILINE);
    private static final Pattern DAY = Pattern.compile("onOrAfter\\(\"(\\d{4}-\\d{2}-\\d{2})\"\\)");

    /**
     * The files' texts, read once: they do not change while the classes are loaded, and a rule's text is asked for
     * every rule of the rule base as it is built (Layers), of the catalog and of the edition.
     */
    private static final Map<String, String> TEXTS = readTexts();

    public static final String VERSION = version();

    /** Read off the files once: they do not change while the classes are loaded. */
    private static final Map<String, String> FILE_OF_RULE = fileOfRule();

    private static final List<LocalDate> TERM_DAYS = readTermDays();

    private Rulebook() {}

    public static String text(String file) {
        String text = TEXTS.get(file);
        if (text == null) {
            throw new IllegalStateException("rules/" + file + " is not one of the rulebook's files");
        }
        return text;
    }

    private static Map<String, String> readTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : FILES) {
            texts.put(file, read(file));
        }
        return java.util.Collections.unmodifiableMap(texts);
    }

    private static String read(String file) {
        try (InputStream in = Rulebook.class.getClassLoader().getResourceAsStream("rules/" + file)) {
            if (in == null) {
                throw new IllegalStateException("rules/" + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rule name to the file that holds it, in reading order. */
    public static Map<String, String> files() {
        return FILE_OF_RULE;
    }

    /** A rule's DRL text, from {@code rule "..."} to {@code end}, as it stands in its file ("" if none is named so). */
    public static String ruleText(String rule) {
        String file = FILE_OF_RULE.get(rule);
        if (file == null) {
            return "";
        }
        String text = text(file);
        int start = text.indexOf("rule \"" + rule + "\"");
        int end = text.indexOf("\nend", start);
        return start < 0 || end < 0 ? "" : text.substring(start, end + 4);
    }

    /** The days on which a rule's terms begin (the offer of 27 Oct, the terms of 12 Nov 1962...). */
    public static List<LocalDate> termDays() {
        return TERM_DAYS;
    }

    private static Map<String, String> fileOfRule() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : FILES) {
            Matcher m = RULE.matcher(text(file));
            while (m.find()) {
                files.put(m.group(1), file);
            }
        }
        return java.util.Collections.unmodifiableMap(files);
    }

    private static List<LocalDate> readTermDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String file : FILES) {
            Matcher m = DAY.matcher(text(file));
            while (m.find()) {
                days.add(LocalDate.parse(m.group(1)));
            }
        }
        return List.copyOf(days);
    }

    private static String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update(text(file).getBytes(StandardCharsets.UTF_8));
            }
            return "rules-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
