package org.taz2rdf.publish;

/** A request to a remote store failed; {@code retryable} for timeouts, dropped connections and 5xx/429 answers. */
public final class RemoteException extends Exception {

    private final boolean retryable;

    public RemoteException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
