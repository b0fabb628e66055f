package org.assurances.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * The service's entry point. With no arguments it serves; {@code regressions [--from RULEBOOK_ID]
 * [--fail-on-change] [--json]} compares every saved case under the packaged rulebook with an earlier one,
 * prints the comparison and exits: what a rules author runs before committing a DRL change.
 */
@QuarkusMain
public class Main implements QuarkusApplication {
    @Inject
    RegressionCommand regressions;

    /** The class the Drools extension generates for the rule unit: its static initializer builds the rule base. */
    static final String RULE_UNIT = "org.assurances.rules.AssuranceUnitRuleUnit";

    public static void main(String... args) {
        // The rule base takes the longest to build of anything on the way to the first answer, and nothing
        // Quarkus does at start-up needs it: build it beside Quarkus' own start, from the first moment.
        Thread early = new Thread(
                () -> {
                    try {
                        Class.forName(RULE_UNIT, true, Main.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError e) {
                        // not generated here (a test, a tool): the service loads the rules as it always does
                    }
                },
                "rule-base-early");
        early.setDaemon(true);
        early.start();
        if (args.length > 0 && args[0].equals("regressions")) {
            // A command beside a running service: any free port, and only what it prints.
            System.setProperty("quarkus.http.port", System.getProperty("quarkus.http.port", "0"));
            System.setProperty("quarkus.log.level", System.getProperty("quarkus.log.level", "WARN"));
            System.setProperty("quarkus.banner.enabled", "false");
            System.setProperty("quarkus.http.access-log.enabled", "false");
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("regressions")) {
            return regressions.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
        }
        if (args.length > 0) {
            System.err.println("unknown command '" + args[0] + "': run with no arguments to serve, or: "
                    + RegressionCommand.USAGE);
            return 2;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
