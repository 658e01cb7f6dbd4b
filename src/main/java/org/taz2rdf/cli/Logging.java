package org.taz2rdf.cli;

/**
 * Keeps library logging off the user's terminal: slf4j-simple prints only errors unless the user sets
 * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel}. taz2rdf reports problems itself, as diagnostics.
 */
final class Logging {

    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {}

    static void quietJena() {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "error");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
