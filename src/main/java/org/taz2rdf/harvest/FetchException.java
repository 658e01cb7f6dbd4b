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

    /**
     * The failure of a request's connection: an unknown host is final; a refused or timed-out connection, or one
     * that broke, may work later.
     */
    static FetchException connecting(java.net.URI address, String host, int port, java.io.IOException e) {
        if (e instanceof java.net.UnknownHostException) {
            return new FetchException(address + ": unknown host " + host, false, e);
        }
        if (e instanceof java.net.ConnectException || e instanceof java.net.SocketTimeoutException) {
            return new FetchException(address + ": cannot connect to " + host + ":" + port + " (" + e.getMessage() + ")",
                    true, e);
        }
        return new FetchException(address + ": " + e.getMessage(), true, e);
    }

    public boolean retryable() {
        return retryable;
    }
}
