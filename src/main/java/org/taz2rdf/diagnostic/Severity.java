package org.taz2rdf.diagnostic;

/** How bad a diagnostic is, from harmless to fatal for its input. */
public enum Severity {
    /** Worth knowing; the output is complete. */
    NOTE,
    /** The output was produced but something in the input was damaged, guessed around or missing. */
    WARNING,
    /** The input could not be turned into an article; nothing is written for it. */
    ERROR;

    /** The lower-case word used in printed diagnostics, as compilers print it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
