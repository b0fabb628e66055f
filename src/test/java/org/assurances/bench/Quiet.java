package org.assurances.bench;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Outside Quarkus nothing sets log levels, and Drools then formats a trace message for every network
 * step (most of an evaluation's time). Benchmarks use the levels application.properties gives the service,
 * set before the first evaluator is built: Drools reads whether tracing is on once per class, when the class
 * loads (SegmentMemory linking and unlinking a segment: a third of the bytes an evaluation allocated, 1,146 KB
 * against 775 KB on 13 Nov 1962, while the benchmarks built their evaluator first and set the levels after).
 */
final class Quiet {
    private static final Logger DROOLS = Logger.getLogger("org.drools");
    private static final Logger KIE = Logger.getLogger("org.kie");

    private Quiet() {}

    /** An evaluator built after the levels are set. */
    static org.assurances.engine.Evaluator evaluator() {
        asInTheService();
        return new org.assurances.engine.Evaluator();
    }

    static void asInTheService() {
        DROOLS.setLevel(Level.WARNING);
        KIE.setLevel(Level.WARNING);
    }
}
