package org.taz2rdf.pipeline;

/**
 * An input read again as its articles are taken ({@link GraphRuns}) could not be read again, or no longer holds what
 * its first reading found: it changed in between. The message says which; the articles before it were taken.
 */
public final class InputChangedException extends RuntimeException {

    InputChangedException(String message, Throwable cause) {
        super(message, cause);
    }
}
