package org.taz2rdf.query;

import java.time.Duration;

/** A query ran longer than its time limit and was stopped; nothing of its result was written. */
public final class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(Duration limit, Throwable cause) {
        super("the query ran longer than " + limit.toSeconds() + " s and was stopped; narrow it, or allow more"
                + " time with --timeout", cause);
    }
}
