package org.assurances.bench;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Outside Quarkus nothing sets log levels, and Drools then formats a trace message for every network
 * step (most of an evaluation's time). Benchmarks use the levels application.properties gives the service.
 */
final class Quiet {
    private static final Logger DROOLS = Logger.getLogger("org.drools");
    private static final Logger KIE = Logger.getLogger("org.kie");

    private Quiet() {}

    static void asInTheService() {
        DROOLS.setLevel(Level.WARNING);
        KIE.setLevel(Level.WARNING);
    }
}
