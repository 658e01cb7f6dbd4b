package org.taz2rdf.harvest;

/** A request that failed; {@code retryable} when trying again later may help (timeouts, dropped connections). */
public final class FetchException extends Exception {

    private final boolean retryable;

    public FetchException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public FetchException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
