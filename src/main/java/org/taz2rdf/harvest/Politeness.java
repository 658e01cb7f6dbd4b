package org.taz2rdf.harvest;

import java.time.Duration;

/** The manners of a harvest: the pause between requests and the retries of a temporary failure. */
public record Politeness(Duration delay, int retries) {

    /** The fetcher with these manners. */
    public Fetcher wrap(Fetcher fetcher) {
        return new PoliteFetcher(fetcher, delay, retries, Thread::sleep);
    }
}
