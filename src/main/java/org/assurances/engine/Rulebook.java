package org.assurances.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The rulebook's files and its version: the first 12 hex digits of a SHA-256 over the DRL files, so a
 * report names exactly the rules that produced it.
 */
public final class Rulebook {
    /** Every file of src/main/resources/rules, in reading order (a test checks the folder holds just these). */
    public static final List<String> FILES = List.of(
            "time.drl", "classification.drl", "cooperation.drl", "quarantine.drl", "para7.drl",
            "assurances.drl", "contingent.drl", "surveillance.drl", "outcome.drl", "logic.drl");

    public static final String VERSION = version();

    private Rulebook() {
    }

    public static String text(String file) {
        try (InputStream in = Rulebook.class.getClassLoader().getResourceAsStream("rules/" + file)) {
            if (in == null) {
                throw new IllegalStateException("rules/" + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
