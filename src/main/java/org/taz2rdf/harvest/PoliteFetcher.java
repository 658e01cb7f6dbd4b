package org.taz2rdf.harvest;

import java.net.URI;
import java.time.Duration;

/**
 * Wraps a {@link Fetcher} with manners: a pause between requests, one request at a time, and bounded retries
 * of temporary failures with doubling back-off (capped at a minute). Not thread-safe: one harvest, one fetcher.
 */
final class PoliteFetcher implements Fetcher {

    private static final long MAX_BACKOFF_MILLIS = 60_000;

    private final Fetcher fetcher;
    private final Duration delay;
    private final int retries;
    private final Sleeper sleeper;
    private long lastRequest = Long.MIN_VALUE;

    /** Pauses; replaced in tests that must not wait. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    PoliteFetcher(Fetcher fetcher, Duration delay, int retries, Sleeper sleeper) {
        this.fetcher = fetcher;
        this.delay = delay;
        this.retries = retries;
        this.sleeper = sleeper;
    }

    @Override
    public byte[] fetch(URI address) throws FetchException {
        long backoff = Math.max(delay.toMillis(), 500);
        for (int attempt = 0; ; attempt++) {
            waitForTurn();
            try {
                return fetcher.fetch(address);
            } catch (FetchException e) {
                if (!e.retryable() || attempt >= retries) {
                    throw e;
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private void waitForTurn() throws FetchException {
        long now = System.nanoTime();
        if (lastRequest != Long.MIN_VALUE) {
            long waited = (now - lastRequest) / 1_000_000;
            pause(delay.toMillis() - waited);
        }
        lastRequest = System.nanoTime();
    }

    private void pause(long millis) throws FetchException {
        if (millis <= 0) {
            return;
        }
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", false, e);
        }
    }
}
