package org.assurances.store;

/** The database did not answer: the caller gets a 503, and may try again; nothing half-written is kept. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String what, Throwable cause) {
        super(what + ": the database is unavailable (" + firstLine(cause.getMessage()) + ")", cause);
    }

    /** Flyway's messages run on over many lines of dashes and advice: the first says what happened. */
    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** The StoreUnavailableException behind {@code e} (a bean that could not be built wraps it); else {@code e}. */
    public static StoreUnavailableException in(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException u) {
                return u;
            }
        }
        throw e;
    }
}
