package org.assurances.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests find Debian's chromium and chromium-driver, and whether they run. Starting or
 * packaging the service never needs a browser: only these tests do, and they look for it here. A driver
 * installed as a symbolic link (Debian's chromium-driver links /usr/bin/chromedriver into chromium's own
 * folder) is followed like any file.
 */
public final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("assurances.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("assurances.chromedriver", "/usr/bin/chromedriver"));
    static final String INSTALL = "sudo apt-get install -y chromium chromium-driver";

    private Browser() {}

    /**
     * For {@code @EnabledIf}: off with -DskipBrowserTests=true; otherwise on where the browser is installed,
     * and on (so failing, not skipping) under CI (CI=true, as CI sets it) or with ASSURANCES_BROWSER_REQUIRED=1.
     * Skipping prints one line that says what to install.
     */
    public static boolean enabled() {
        if (Boolean.getBoolean("skipBrowserTests")) {
            return false;
        }
        if (installed() || required()) {
            return true;
        }
        System.err.println("Browser tests skipped: Chromium and its driver are not installed (" + CHROMIUM + ", "
                + DRIVER + "). Install them with: " + INSTALL);
        return false;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("ASSURANCES_BROWSER_REQUIRED"));
    }

    /** Under CI a missing browser is a failure that says what to install, not a skipped test. */
    static void check() {
        if (!installed()) {
            throw new IllegalStateException(
                    "The browser tests must run here (CI=true or ASSURANCES_BROWSER_REQUIRED=1),"
                            + " but Chromium or its driver is missing (" + CHROMIUM + ", " + DRIVER
                            + "). Install them with: "
                            + INSTALL);
        }
    }
}
