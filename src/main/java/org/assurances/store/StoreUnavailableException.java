package org.assurances.store;

/** The database did not answer: the caller gets a 503, and may try again; nothing half-written is kept. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String what, Throwable cause) {
        super(what + ": the database is unavailable (" + cause.getMessage() + ")", cause);
    }
}
