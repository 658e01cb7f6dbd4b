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
    public Fetched fetch(URI address) throws FetchException {
        long backoff = Math.max(delay.toMillis(), 500);
        for (int attempt = 0; ; attempt++) {
            waitForTurn();
            try {
                Fetched fetched = fetcher.fetch(address);
                lastRequest = System.nanoTime();
                return fetched;
            } catch (FetchException e) {
                lastRequest = System.nanoTime();
                if (!e.retryable() || attempt >= retries) {
                    throw e;
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /** Waits until the delay has passed since the previous request ended. */
    private void waitForTurn() throws FetchException {
        if (lastRequest != Long.MIN_VALUE) {
            long waited = (System.nanoTime() - lastRequest) / 1_000_000;
            pause(delay.toMillis() - waited);
        }
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
