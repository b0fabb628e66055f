package org.assurances.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The pg profile against the cluster {@code .ci/postgres} starts on a loopback port. Tests that use it
 * run when that cluster answers, and must run (fail rather than skip) when {@code assurances.pg.required}
 * is set, as {@code .ci/run} sets it.
 */
public class Postgres implements QuarkusTestProfile {
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("ASSURANCES_PG_PORT", "25432"));
    static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/assurances";

    @Override
    public String getConfigProfile() {
        return "pg";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assurances.postgresql.url", URL, "quarkus.http.test-port", "0");
    }

    /**
     * For {@code @EnabledIf}: the cluster answers, or it is required (ASSURANCES_PG_REQUIRED=1, as .ci/run
     * sets it, or -Dassurances.pg.required=true), and then a missing cluster fails the tests instead of
     * skipping them.
     */
    public static boolean enabled() {
        return Boolean.getBoolean("assurances.pg.required")
                || "1".equals(System.getenv("ASSURANCES_PG_REQUIRED"))
                || answers();
    }

    static boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code .ci/postgres start|stop}. */
    static void control(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", Path.of(".ci", "postgres").toString(), command)
                .inheritIO()
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(".ci/postgres " + command + " failed");
        }
    }
}
